using System.CommandLine;
using TradeScope.Cli.Dashboard;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope serve</c>: the local dashboard (<see cref="DashboardServer"/>), on loopback only unless told.</summary>
public sealed class ServeCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var port = CommonOptions.Whole(
            new Option<int>("--port") { Description = "TCP port to listen on.", DefaultValueFactory = _ => 5173 },
            CommonOptions.ACount
        );
        var host = new Option<string>("--host")
        {
            Description = "Address to bind (loopback: 127.0.0.1 or ::1; another address needs --allow-remote).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "Allow a non-loopback --host: anyone who reaches it can run commands on this machine.",
        };
        var command = new Command(
            "serve",
            "Run the local dashboard: screening, bloc indices, value chains, regression, lead, potential and scenario views, "
                + "with the reports' tables and charts and CSV/XLSX downloads. Stop with Ctrl+C."
        )
        {
            port,
            host,
            allowRemote,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var options = new DashboardOptions(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(allowRemote));
                    if (options.Port is < 0 or > 65535)
                        throw Core.InputException.Argument("port", options.Port.ToString(), "give a TCP port 0–65535");
                    using var stop = new CancellationTokenSource();
                    Console.CancelKeyPress += (_, e) =>
                    {
                        e.Cancel = true;
                        stop.Cancel();
                    };
                    var server = DashboardServer
                        .StartAsync(options, (output, error) => new CliContext(output, error) { Formats = context.Formats })
                        .GetAwaiter()
                        .GetResult();
                    context.Error.WriteLine($"TradeScope dashboard on {server.Address} (Ctrl+C stops)");
                    try
                    {
                        server.WaitAsync(stop.Token).GetAwaiter().GetResult();
                    }
                    catch (OperationCanceledException) { }
                    server.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
