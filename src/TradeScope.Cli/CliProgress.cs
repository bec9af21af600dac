using Spectre.Console;
using TradeScope.Core;

namespace TradeScope.Cli;

/// <summary>
/// A progress bar on standard error for long library operations (<see cref="ProgressStep"/> reports). Shown only when
/// the command writes to the real console, standard error is a terminal and no CI or TRADESCOPE_NO_PROGRESS variable
/// is set: never on standard output (which may carry CSV), never in tests (in-memory context), never in logs.
/// </summary>
internal static class CliProgress
{
    /// <summary>Runs <paramref name="body"/> with a progress receiver, or with null when no display is wanted.</summary>
    public static T Run<T>(CliContext context, Func<IProgress<ProgressStep>?, T> body)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        if (context.ProgressSink is not null || context.Cancellation.CanBeCanceled)
            return body(new Forwarding(context.ProgressSink, context.Cancellation));
        if (!Enabled(context, Console.IsErrorRedirected, Environment.GetEnvironmentVariable))
            return body(null);
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes }
        );
        return console
            .Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn()
            )
            .Start(display => body(new TaskProgress(display)));
    }

    /// <summary>True only for the console context with a terminal on standard error, outside CI.</summary>
    internal static bool Enabled(CliContext context, bool errorRedirected, Func<string, string?> environment) =>
        ReferenceEquals(context.Error, Console.Error)
        && !errorRedirected
        && string.IsNullOrEmpty(environment("CI"))
        && string.IsNullOrEmpty(environment("TRADESCOPE_NO_PROGRESS"))
        && environment("TERM") is not "dumb";

    /// <summary>Forwards reports to a sink and stops the work at the next report once cancellation is requested: the
    /// library reports progress between steps, which are therefore the points where a run can be cancelled.</summary>
    internal sealed class Forwarding(IProgress<ProgressStep>? sink, CancellationToken cancellation) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep step)
        {
            cancellation.ThrowIfCancellationRequested();
            sink?.Report(step);
        }
    }

    /// <summary>Maps reports onto one Spectre task per operation (thread-safe: Spectre tasks are).</summary>
    internal sealed class TaskProgress(ProgressContext display) : IProgress<ProgressStep>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

        public void Report(ProgressStep step)
        {
            lock (_tasks)
            {
                if (!_tasks.TryGetValue(step.Operation, out var task))
                    _tasks[step.Operation] = task = display.AddTask(Markup.Escape(step.Operation), maxValue: Math.Max(1, step.Total));
                task.MaxValue = Math.Max(1, step.Total);
                task.Value = Math.Min(step.Done, step.Total);
                task.Description = Markup.Escape(
                    step.IsComplete ? step.Operation : $"{step.Operation} {step.Current} ({step.Done + 1}/{step.Total})"
                );
                if (step.IsComplete)
                    task.StopTask();
            }
        }
    }
}
