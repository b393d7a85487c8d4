namespace ArticleModel.Cli;

/// <summary>One article to parse: a file, standard input, or a record of a JSON Lines stream; or an entry skipped with a warning.</summary>
internal sealed class InputItem
{
    private InputItem(string display, string? path, byte[]? bytes, string? failure, string? warning, byte[]? id, ArticleModel.Warc.WarcRecord? record = null)
    {
        Record = record;
        Display = display;
        Path = path;
        Bytes = bytes;
        Failure = failure;
        Warning = warning;
        Id = id;
    }

    /// <summary>The name used in output (<c>path</c>) and diagnostics.</summary>
    public string Display { get; }

    /// <summary>The file to read ('-' for standard input), or null when the bytes are already here.</summary>
    public string? Path { get; }

    /// <summary>The bytes of a JSON Lines record.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Why the input cannot be parsed (unreadable, too large), found before it reached a worker.</summary>
    public string? Failure { get; }

    /// <summary>Why a folder entry was skipped (not a regular file, a folder already visited): a warning, no output line.</summary>
    public string? Warning { get; }

    /// <summary>The record's <c>id</c>, already re-serialised as compact JSON, when a failed record still had a readable one.</summary>
    public byte[]? Id { get; }

    /// <summary>A record of a WARC file (<c>parse --warc</c>).</summary>
    public ArticleModel.Warc.WarcRecord? Record { get; }

    /// <summary>The bytes this item holds while it waits in a batch: a JSON Lines record's, or a WARC record's payload.</summary>
    public long Cost => Bytes?.LongLength ?? Record?.Payload.Length ?? 0;

    public static InputItem File(string path) => new(path == "-" ? InputExpander.StdinName : path, path, null, null, null, null);

    public static InputItem Data(string display, byte[] bytes) => new(display, null, bytes, null, null, null);

    public static InputItem Failed(string display, string failure, byte[]? id = null) => new(display, null, null, failure, null, id);

    public static InputItem Warc(string display, ArticleModel.Warc.WarcRecord record) => new(display, null, null, null, null, null, record);

    public static InputItem Skipped(string display, string warning) => new(display, null, null, null, warning, null);
}
