namespace ArticleModel.Cli;

/// <summary>One line of a JSON Lines stream.</summary>
internal readonly struct JsonLinesRecord
{
    public JsonLinesRecord(long lineNumber, byte[]? bytes, long length, byte[]? oversizedId, bool abandoned = false)
    {
        LineNumber = lineNumber;
        Bytes = bytes;
        Length = length;
        OversizedId = oversizedId;
        Abandoned = abandoned;
    }

    /// <summary>1-based physical line number (LF, CRLF and a lone CR each end a line).</summary>
    public long LineNumber { get; }

    /// <summary>The line without its terminator and without a leading UTF-8 byte-order mark; null when it was over the cap.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The line's length in bytes (without the terminator).</summary>
    public long Length { get; }

    /// <summary>For a line over the cap: its top-level <c>id</c>, re-serialised, when one could be found while skipping it.</summary>
    public byte[]? OversizedId { get; }

    /// <summary>
    /// The line ran on past <see cref="JsonLinesReader.MaxSkip"/> bytes without ending (an endless source such as
    /// <c>/dev/zero</c>): <see cref="Length"/> is what was read, and the rest of the stream is not read.
    /// </summary>
    public bool Abandoned { get; }
}
