using System.CommandLine;
using TradeScope.Core;

namespace TradeScope.Cli;

/// <summary>A command of the <c>tradescope</c> program: one class per command, found by reflection.</summary>
public interface ICliCommand
{
    /// <summary>Builds the command; its action receives the context to write to.</summary>
    Command Build(CliContext context);
}

/// <summary>The <c>tradescope</c> program: builds the commands and maps failures to exit codes
/// (0 ok, 1 usage, 2 bad input or data, 3 numerical failure, 70 internal error) with one-line messages.</summary>
public static class App
{
    /// <summary>Exit codes; <see cref="Internal"/> is EX_SOFTWARE from sysexits.h, so a bug is never mistaken for a typo.</summary>
    public const int Ok = 0,
        Usage = 1,
        BadInput = 2,
        Numerical = 3,
        Internal = 70;

    /// <summary>Exit code of a run cancelled through <see cref="CliContext.Cancellation"/> (128 + SIGINT, as shells report
    /// an interrupted program).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes as the root help states them.</summary>
    public const string ExitCodesHelp =
        "Exit codes: 0 success; 1 command-line syntax; 2 bad input or data (one line naming the file and line or the option); "
        + "3 numerical failure (singular matrix, no convergence); 70 internal error (a bug: please report it; TRADESCOPE_DEBUG=1 shows " +
            "the stack trace).";

    /// <summary>The program name shown in help and usage.</summary>
    public const string ProgramName = "tradescope";

    public static RootCommand BuildRoot(CliContext context)
    {
        // The assembly is TradeScope.Cli (see the csproj); help and usage name the program as users call it.
        var root = new RootCommand(
            "TradeScope: trade indices, FTA partner screening, value chains and econometrics on real trade data.\n" + ExitCodesHelp
        )
        {
            HelpName = ProgramName,
        };
        var commands = typeof(App)
            .Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Build(context));
        foreach (var command in commands)
            root.Add(command);
        return root;
    }

    /// <summary>Parses and runs; never throws.</summary>
    public static int Run(string[] args, CliContext context)
    {
        context = context.ForRun(args);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (SyntaxErrors.Failed(parse))
            return SyntaxErrors.Report(parse, context.Error);
        var configuration = new InvocationConfiguration
        {
            Output = new StreamWriter(context.StandardOutput) { AutoFlush = true },
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        return Guard(
            context,
            () =>
            {
                // Outputs are checked against the inputs and the file system before any command body runs (CommandFiles).
                if (parse.Action == parse.CommandResult.Command.Action)
                    CommandFiles.Check(parse);
                return parse.Invoke(configuration);
            }
        );
    }

    /// <summary>Runs a command body, turning known failures into one line on the error stream and an exit code.</summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            context.Error.WriteLine($"error: {OptionNames.Message(e)}");
            return BadInput;
        }
        catch (NumericalException e)
        {
            context.Error.WriteLine($"numerical error: {e.Message}");
            return Numerical;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine("cancelled");
            return Cancelled;
        }
        catch (Exception e) when (!context.RethrowInternalErrors)
        {
            context.Error.WriteLine(
                $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")} (set TRADESCOPE_DEBUG=1 for the stack trace, " +
                    $"and please report it)"
            );
            return Internal;
        }
    }
}
