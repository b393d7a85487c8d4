using System;
using System.IO;

namespace ArticleModel.Cli;

/// <summary>
/// Reads a whole input but never more than a limit plus one byte, whatever the source: a regular file, a pipe, a
/// terminal, or a device that never ends (<c>/dev/zero</c>). The buffer starts at the size the source announces (capped
/// by the limit) and grows by doubling only as far as the bytes really arrive.
/// </summary>
internal static class BoundedReader
{
    private const int FirstChunk = 64 * 1024;

    /// <summary>
    /// Reads <paramref name="stream"/> to its end into <paramref name="buffer"/> (<paramref name="length"/> bytes used).
    /// Returns false, with <paramref name="length"/> = <paramref name="maxBytes"/> + 1, when there is more than
    /// <paramref name="maxBytes"/>.
    /// </summary>
    public static bool TryReadAll(Stream stream, long maxBytes, out byte[] buffer, out int length)
    {
        // Arrays cap at about 2 GiB; a larger limit is the same as that cap.
        var limit = Math.Min(maxBytes, Array.MaxLength - 1L);
        long announced = 0;
        try
        {
            if (stream.CanSeek) announced = Math.Max(0, stream.Length - stream.Position);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            announced = 0;
        }
        // Devices report length 0: start small and grow. A regular file gets its size (+1, to see its end) at once.
        var initial = announced > 0 ? Math.Min(announced + 1, limit + 1) : Math.Min(FirstChunk, limit + 1);
        buffer = new byte[(int)initial];
        length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) return false;
                var larger = new byte[(int)Math.Min((long)buffer.Length * 2, limit + 1)];
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                buffer = larger;
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read <= 0) return true;
            length += read;
            if (length > limit) return false;
        }
    }
}
