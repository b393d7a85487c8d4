namespace ArticleModel.Cli;

/// <summary>What a path names, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>The kind could not be found (no such entry, a broken link, or no way to ask the system).</summary>
    Unknown,

    /// <summary>A regular file: safe to open and read to its end.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe, socket, or character or block device: opening or reading it may block or never end.</summary>
    Special,
}
