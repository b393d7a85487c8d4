using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>The batch pipeline in process: bounded memory behind a slow input.</summary>
public class BatchTests
{
    [Fact]
    public async Task Records_waiting_behind_a_slow_one_hold_at_most_the_byte_budget()
    {
        // Before: only a count window (16 × threads) bounded what waited, so 32 records of up to --max-bytes each could
        // sit in memory behind one slow record.
        var produced = 0;
        IEnumerable<InputItem> Records()
        {
            for (var i = 0; i < 40; i++)
            {
                Interlocked.Increment(ref produced);
                yield return InputItem.Data("r" + i, new byte[i == 5 ? 10_000 : 1_000]); // r5 alone is over the budget
            }
        }

        using var gate = new ManualResetEventSlim(false);
        var written = new List<string>();
        var counters = new Batch.Counters();
        var run = Batch.RunAsync(
            Records(),
            item =>
            {
                if (item.Display == "r0") gate.Wait(TimeSpan.FromSeconds(60));
                return new BatchOutput(System.Text.Encoding.UTF8.GetBytes(item.Display + "\n"), Array.Empty<string>(), false);
            },
            output => written.Add(System.Text.Encoding.UTF8.GetString(output.Line.Span).Trim()),
            () => { },
            threads: 2,
            counters,
            maxBytesInFlight: 3_500);
        await Task.Delay(1_500);
        var whileBlocked = Volatile.Read(ref produced);
        gate.Set();
        Assert.False(await run);

        // r0 (being parsed), r1 and r2 fit in 3,500 bytes; r3 was produced and waits for room.
        Assert.InRange(whileBlocked, 1, 4);
        Assert.Equal(40, counters.Done);
        Assert.Equal(40, written.Count);
        for (var i = 0; i < 40; i++) Assert.Equal("r" + i, written[i]);
    }

    [Fact]
    public async Task A_huge_thread_count_starts_at_most_MaxWorkers_workers()
    {
        // Before: --threads 1000000 started a million worker tasks (1.2 GB peak and 66 s for a folder of 60 pages).
        var concurrent = 0;
        var most = 0;
        var items = new List<InputItem>();
        for (var i = 0; i < 3; i++) items.Add(InputItem.Data("r" + i, new byte[10]));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = Batch.RunAsync(items, item =>
            {
                var now = Interlocked.Increment(ref concurrent);
                InterlockedMax(ref most, now);
                Interlocked.Decrement(ref concurrent);
                return new BatchOutput(System.Text.Encoding.UTF8.GetBytes(item.Display + "\n"), Array.Empty<string>(), false);
            },
            _ => { }, () => { }, threads: 1_000_000, new Batch.Counters());
        var startedWith = GC.GetAllocatedBytesForCurrentThread() - before; // the workers are created before the first await
        Assert.False(await run);
        Assert.True(startedWith < 4_000_000, $"starting the batch allocated {startedWith} bytes");
        Assert.InRange(most, 1, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public void The_budget_leaves_room_for_two_records_of_the_largest_size()
    {
        Assert.Equal(64L * 1024 * 1024, ParseCommand.MaxBytesInFlight(1000));
        Assert.Equal(2L * 256 * 1024 * 1024, ParseCommand.MaxBytesInFlight(ParseCommand.DefaultMaxBytes));
        Assert.Equal(long.MaxValue, ParseCommand.MaxBytesInFlight(long.MaxValue));
    }

    [Fact]
    public void The_input_limit_never_exceeds_what_fits_in_one_string()
    {
        // --max-bytes 3000000000 let a 1.5 GB file through to the reader, whose string could not hold it (OutOfMemoryException).
        Assert.Equal(1000, Worker.EffectiveMaxBytes(1000));
        Assert.Equal(ParseCommand.DefaultMaxBytes, Worker.EffectiveMaxBytes(ParseCommand.DefaultMaxBytes));
        Assert.Equal(Worker.MaxDecodableBytes, Worker.EffectiveMaxBytes(long.MaxValue));
        Assert.Throws<OutOfMemoryException>(() => new string('x', (int)Worker.MaxDecodableBytes + 1));
    }
}
