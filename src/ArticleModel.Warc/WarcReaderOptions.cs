namespace ArticleModel.Warc;

/// <summary>Limits of a <see cref="WarcReader"/>: what it holds in memory at most.</summary>
public sealed class WarcReaderOptions
{
    /// <summary>The default <see cref="MaxRecordBytes"/>: 32 MiB.</summary>
    public const long DefaultMaxRecordBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The largest record block (and decoded payload) read into memory; larger records are skipped without being held,
    /// with a <c>AM3034</c> problem. Default <see cref="DefaultMaxRecordBytes"/>.
    /// </summary>
    public long MaxRecordBytes { get; set; } = DefaultMaxRecordBytes;

    /// <summary>The largest WARC or HTTP header read (bytes); a longer one is a damaged record. Default 64 KiB.</summary>
    public int MaxHeaderBytes { get; set; } = 64 * 1024;
}
