using System.Linq;
using CsCheck;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>Random and mutated pages never make the reader throw, and every line's span lies inside the input.</summary>
public class PropertyTests
{
    private const string Seed =
        "<!doctype html><html><head><meta charset=utf-8><title>T &amp; U</title><script>if (a < b) {}</script></head>" +
        "<body><article class=\"story\"><h1>Harbor &amp; Bridge</h1><p>By <a href=\"/ana\">Ana</a><br>Staff</p>" +
        "<ul><li>one<li>two</ul><pre>  a\n  b</pre><table><tr><td>c</td></tr></table><!-- note --><p>caf&eacute; &#8220;q&#8221;</p>" +
        "</article></body></html>";

    private static readonly string[] Pieces =
    {
        "<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<table>", "<td>", "<tr>", "</table>", "<pre>", "</pre>", "<li>",
        "<script>", "</script>", "<style>", "<!--", "-->", "&amp;", "&", "&#", "&#x41;", "&copy", "&notin;", "<", ">", "\"", "'",
        "\r\n", "\r", "\n", " ", "\t", "\u00a0", "\u0000", "\uFEFF", "\uD800", "text", "caf\u00e9", "<p class=\"a b\">", "<![CDATA[x]]>",
        "<svg><p>x</p></svg>", "<template>t</template>", "<textarea>", "<title>", "</body>", "<html>", "<head>", "<frameset>",
    };

    private static void Check(string page)
    {
        var d = HtmlReader.Read(page).Document;
        foreach (var line in d.Lines.ToArray())
        {
            Assert.True(line.Length > 0);
            var span = d.GetSpan(line.Start, line.Length);
            Assert.InRange(span.Start, 0, page.Length);
            Assert.InRange(span.End, span.Start, page.Length);
            Assert.True(span.Line >= 1 && span.Column >= 1);
        }
    }

    [Fact]
    public void Pages_built_from_markup_pieces_never_throw_and_spans_stay_inside()
    {
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60]
            .Select(parts => string.Concat(parts))
            .Sample(Check, iter: 2000);
    }

    [Fact]
    public void Mutated_pages_never_throw_and_spans_stay_inside()
    {
        Gen.Select(Gen.Int[0, Seed.Length], Gen.Int[0, 40], Gen.Int[0, Pieces.Length - 1], Gen.Int[0, Seed.Length])
            .Select((at, cut, piece, at2) =>
            {
                var a = System.Math.Min(at, Seed.Length);
                var mutated = Seed.Remove(a, System.Math.Min(cut, Seed.Length - a)).Insert(System.Math.Min(at2, Seed.Length - System.Math.Min(cut, Seed.Length - a)), Pieces[piece]);
                return mutated;
            })
            .Sample(Check, iter: 2000);
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        Gen.String[Gen.Char["<>/&;#!-= \"'abcpdivtr\n\r\u00e9\u0000x"], 0, 300].Sample(Check, iter: 2000);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var d = HtmlReader.Read(bytes).Document;
            foreach (var line in d.Lines.ToArray())
            {
                var span = d.GetSpan(line.Start, line.Length);
                Assert.InRange(span.End, span.Start, d.Input.Length);
            }
        }, iter: 1000);
    }
}
