using System.CommandLine;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope about</c>: version, runtime and the active linear-algebra provider.</summary>
public sealed class AboutCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("about", "Show the version, runtime and configuration.");
        command.SetAction(_ =>
            App.Guard(
                context,
                () =>
                {
                    using var writer = new StreamWriter(context.StandardOutput, leaveOpen: true);
                    writer.WriteLine($"TradeScope {typeof(App).Assembly.GetName().Version} on .NET {Environment.Version}");
                    writer.WriteLine(TradeScope.LinearAlgebra.LinearAlgebraProviders.Describe());
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
