using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ArticleModel.Cli;

/// <summary>What processing one input gave: its output line, its stderr lines, whether it had errors.</summary>
internal readonly struct BatchOutput
{
    public BatchOutput(ReadOnlyMemory<byte> line, string[] messages, bool hasErrors)
    {
        Line = line;
        Messages = messages;
        HasErrors = hasErrors;
    }

    /// <summary>The bytes to write to the output (one JSON line with its newline; empty for a skipped entry).</summary>
    public ReadOnlyMemory<byte> Line { get; }

    /// <summary>Diagnostic lines for stderr.</summary>
    public string[] Messages { get; }

    /// <summary>True when the input had an error diagnostic.</summary>
    public bool HasErrors { get; }
}

/// <summary>
/// Runs a batch in parallel and writes the outputs in input order with bounded memory: the producer blocks when
/// <c>window</c> items are in flight, N workers process items, and one writer emits them in sequence.
/// </summary>
internal static class Batch
{
    private sealed class Slot
    {
        public Slot(InputItem item)
        {
            Item = item;
            Cost = item.Cost;
        }

        public InputItem Item;

        /// <summary>The bytes this slot holds against the batch's <see cref="ByteBudget"/> until its result is written.</summary>
        public readonly long Cost;
        public readonly TaskCompletionSource<BatchOutput> Done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Counters the progress display reads.</summary>
    public sealed class Counters
    {
        private long _done;
        private long _errors;

        public long Done => Interlocked.Read(ref _done);

        public long Errors => Interlocked.Read(ref _errors);

        internal void Add(bool error)
        {
            Interlocked.Increment(ref _done);
            if (error) Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>The most workers a batch starts, whatever <c>--threads</c> asks for.</summary>
    internal const int MaxWorkers = 256;

    /// <summary>
    /// Processes every item of <paramref name="items"/> with <paramref name="process"/> on <paramref name="threads"/>
    /// workers; calls <paramref name="write"/> for each output in input order, as soon as its turn comes, and
    /// <paramref name="flush"/> whenever the next output is not ready yet (so a slow or blocked input never holds back
    /// what is already done). Records already read (JSON Lines) hold at most <paramref name="maxBytesInFlight"/> bytes
    /// (or one record, if larger), besides the count window. Returns whether any input had errors.
    /// </summary>
    public static async Task<bool> RunAsync(
        IEnumerable<InputItem> items,
        Func<InputItem, BatchOutput> process,
        Action<BatchOutput> write,
        Action flush,
        int threads,
        Counters counters,
        long maxBytesInFlight = long.MaxValue,
        CancellationToken cancellationToken = default)
    {
        // More workers than this only cost memory (a task each, and 16 slots each in the windows): parsing is CPU-bound
        // and the output order never depends on the count, so --threads 1000000 runs as MaxWorkers.
        threads = Math.Min(threads, MaxWorkers);
        var budget = new ByteBudget(maxBytesInFlight);
        var window = Math.Max(16, threads * 16);
        var work = Channel.CreateBounded<Slot>(new BoundedChannelOptions(window) { SingleWriter = true, SingleReader = threads == 1 });
        var order = Channel.CreateBounded<Slot>(new BoundedChannelOptions(window) { SingleWriter = true, SingleReader = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    var slot = new Slot(item);
                    await budget.TakeAsync(slot.Cost, cancellationToken).ConfigureAwait(false);
                    await order.Writer.WriteAsync(slot, cancellationToken).ConfigureAwait(false);
                    await work.Writer.WriteAsync(slot, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                order.Writer.Complete();
                work.Writer.Complete();
            }
        }, cancellationToken);

        var workers = new Task[threads];
        for (var w = 0; w < threads; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (await work.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (work.Reader.TryRead(out var slot))
                    {
                        BatchOutput output;
                        try
                        {
                            output = process(slot.Item);
                        }
                        catch (Exception e)
                        {
                            // A bug, not bad input: still keep the batch going and say which input it was.
                            output = new BatchOutput(ReadOnlyMemory<byte>.Empty, new[] { $"{slot.Item.Display}: error: internal failure: {e.GetType().Name}: {e.Message}" }, true);
                        }
                        slot.Item = null!; // let the input's bytes go as soon as possible
                        slot.Done.SetResult(output);
                    }
                }
            }, cancellationToken);
        }

        var anyErrors = false;
        await foreach (var slot in order.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var output = await slot.Done.Task.ConfigureAwait(false);
            write(output);
            budget.Give(slot.Cost);
            anyErrors |= output.HasErrors;
            counters.Add(output.HasErrors);
            if (!order.Reader.TryPeek(out var next) || !next.Done.Task.IsCompleted) flush();
        }
        await producer.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        return anyErrors;
    }
}
