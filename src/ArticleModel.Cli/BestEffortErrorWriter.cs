using System;
using System.IO;
using System.Text;

namespace ArticleModel.Cli;

/// <summary>
/// Standard error as the tool writes it: diagnostics and messages are best effort, so a standard error that cannot be
/// written (closed with <c>2&gt;&amp;-</c>, where descriptor 2 is then the runtime's own pipe opened for reading, or a
/// full disk) loses the messages but never ends the run with an unhandled exception; the exit code still tells.
/// </summary>
internal sealed class BestEffortErrorWriter : TextWriter
{
    private readonly TextWriter _inner;
    private volatile bool _failed;

    public BestEffortErrorWriter(TextWriter inner) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Try(w => w.Write(value));

    public override void Write(string? value) => Try(w => w.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(w => w.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(w => w.WriteLine(value));

    public override void WriteLine() => Try(w => w.WriteLine());

    public override void Flush() => Try(w => w.Flush());

    // After the first failure nothing more is tried: every later write would fail the same way.
    private void Try(Action<TextWriter> write)
    {
        if (_failed) return;
        try
        {
            write(_inner);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _failed = true;
        }
    }
}
