using System.Threading;
using System.Threading.Tasks;

namespace ArticleModel.Cli;

/// <summary>
/// A budget of bytes held by a batch's records in flight (read but not yet written). The one producer waits while the
/// budget is spent; writing a result gives its bytes back. Anything is admitted when nothing is in flight, so a record
/// larger than the budget still runs, alone.
/// </summary>
internal sealed class ByteBudget
{
    private readonly long _limit;
    private readonly object _gate = new();
    private long _used;
    private TaskCompletionSource? _released;

    public ByteBudget(long limit) => _limit = limit;

    /// <summary>Bytes in flight now.</summary>
    public long Used
    {
        get
        {
            lock (_gate) return _used;
        }
    }

    /// <summary>Waits until <paramref name="cost"/> bytes fit, then takes them.</summary>
    public async Task TakeAsync(long cost, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (_used == 0 || _used + cost <= _limit)
                {
                    _used += cost;
                    return;
                }
                _released ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                released = _released.Task;
            }
            await released.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gives <paramref name="cost"/> bytes back.</summary>
    public void Give(long cost)
    {
        TaskCompletionSource? released;
        lock (_gate)
        {
            _used -= cost;
            released = _released;
            _released = null;
        }
        released?.TrySetResult();
    }
}
