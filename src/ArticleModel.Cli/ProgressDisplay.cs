using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace ArticleModel.Cli;

/// <summary>
/// A progress line on stderr (Spectre.Console) while a batch runs — only when stderr is a terminal. Diagnostics are
/// written through the same console then, so they scroll above the progress line instead of tearing it.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<bool> RunAsync(bool show, string unit, Func<Action<string>, Batch.Counters, Task<bool>> run)
    {
        var counters = new Batch.Counters();
        if (!show)
        {
            var error = Console.Error;
            return await run(line => error.WriteLine(line), counters).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var watch = Stopwatch.StartNew();
        var result = false;
        await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new ElapsedTimeColumn(), new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(counters, watch, unit));
                task.IsIndeterminate = true;
                using var timer = new Timer(_ => task.Description = Describe(counters, watch, unit), null, 0, 250);
                result = await run(line => console.WriteLine(line), counters).ConfigureAwait(false);
                task.Description = Describe(counters, watch, unit);
                task.StopTask();
            }).ConfigureAwait(false);
        console.WriteLine(Describe(counters, watch, unit));
        return result;
    }

    private static string Describe(Batch.Counters counters, Stopwatch watch, string unit)
    {
        var done = counters.Done;
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-3);
        return string.Format(CultureInfo.InvariantCulture, "{0:N0} {1} parsed, {2:N0} {1}/s, {3:N0} with errors", done, unit, done / seconds, counters.Errors);
    }
}
