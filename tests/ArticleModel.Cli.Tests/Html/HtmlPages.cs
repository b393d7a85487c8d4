using System.IO;
using System.Text;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>A small schema with text locators and one article as plain text and as a web page (our own fixtures).</summary>
internal static class HtmlPages
{
    public const string Schema = """
        article Story {
          headline : text        @line(1)
          body     : paragraph[] @blocks(after: headline)
        }
        """;

    public const string Text = "Harbor Bridge Tolls Delayed\n\nThe council postponed the vote on Tuesday.\n\nResidents said the toll would cut them off.\n";

    public const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Harbor Bridge | The Ledger</title>
        <script>var ignored = "<p>not text</p>";</script></head>
        <body><article>
          <h1>Harbor Bridge Tolls Delayed</h1>
          <p>The council postponed the vote   on Tuesday.</p>
          <p>Residents said the toll would <em>cut them off</em>.</p>
        </article></body></html>
        """;

    /// <summary>The value every reading of the article gives (compact JSON).</summary>
    public const string Value = """{"headline":"Harbor Bridge Tolls Delayed","body":["The council postponed the vote on Tuesday.","Residents said the toll would cut them off."]}""";

    public static string Write(string folder, string name, string content) => Write(folder, name, Encoding.UTF8.GetBytes(content));

    public static string Write(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
