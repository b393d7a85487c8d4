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

    /// <summary>The default <see cref="MaxSkippedBytes"/>: 1 GiB.</summary>
    public const long DefaultMaxSkippedBytes = 1L << 30;

    /// <summary>
    /// The most bytes read in a row without finding a record header (garbage, blank lines, damaged or empty gzip members)
    /// before the reader gives the stream up with an <c>AM3038</c> problem, so an endless source that is not a WARC file
    /// (<c>/dev/zero</c>, a pipe of noise) ends instead of being read for ever. Default <see cref="DefaultMaxSkippedBytes"/>.
    /// </summary>
    public long MaxSkippedBytes { get; set; } = DefaultMaxSkippedBytes;
}
