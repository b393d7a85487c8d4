using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>
/// A plain-text file of 1 MB or more is decoded in chunks without holding its bytes (issue 9 item 7). It must read as its
/// bytes read through the capped whole-input path: same text, lines and diagnostics, with or without a UTF-8 mark;
/// UTF-16 and HTML files keep the capped path; and --max-bytes still refuses a larger file.
/// </summary>
public class LargeTextFileTests
{
    private static byte[] Make(int seed, string kind)
    {
        var random = new Random(seed);
        var bytes = new byte[1024 * 1024 + 4321];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 97) bytes[i] = (byte)'\n';
        byte[] prefix = kind switch
        {
            "utf8 mark" => new byte[] { 0xEF, 0xBB, 0xBF },
            "utf16 mark" => new byte[] { 0xFF, 0xFE },
            "html" => Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body><p>Hello</p>"),
            _ => Array.Empty<byte>(),
        };
        return prefix.Concat(bytes).ToArray();
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("utf8 mark")]
    [InlineData("utf16 mark")]
    [InlineData("html")]
    public void A_large_file_reads_as_its_bytes_do(string kind)
    {
        var bytes = Make(3, kind);
        var path = Path.Combine(Path.GetTempPath(), $"am-large-{Guid.NewGuid():N}.dat");
        try
        {
            File.WriteAllBytes(path, bytes);
            var (fromFile, fileFailure) = Worker.Read(path, 64L * 1024 * 1024);
            var (fromBytes, bytesFailure) = Worker.Read(new MemoryStream(bytes), 64L * 1024 * 1024);
            Assert.Null(fileFailure);
            Assert.Null(bytesFailure);
            Assert.Equal(fromBytes!.Page is null, fromFile!.Page is null);
            Assert.True(fromBytes.Document.Text == fromFile.Document.Text, $"{kind}: text differs");
            Assert.Equal(fromBytes.Document.Lines.ToArray(), fromFile.Document.Lines.ToArray());
            Assert.Equal(fromBytes.Document.Diagnostics.Select(d => d.ToString()), fromFile.Document.Diagnostics.Select(d => d.ToString()));

            var (tooLarge, failure) = Worker.Read(path, bytes.Length - 1);
            Assert.Null(tooLarge);
            Assert.Equal(DiagnosticIds.UnreadableInput, failure!.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
