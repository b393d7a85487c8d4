using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Schema;

/// <summary>The arguments of an HTML locator, as bound (selectors and paths already checked).</summary>
/// <param name="Kind"><see cref="LocatorKind.Css"/>, <see cref="LocatorKind.XPath"/>, <see cref="LocatorKind.Meta"/> or <see cref="LocatorKind.JsonLd"/>.</param>
/// <param name="Values">The positional strings: the selectors of <c>@css</c> or expressions of <c>@xpath</c> (tried in order), the names of <c>@meta</c>, the one path of <c>@jsonld</c>.</param>
/// <param name="Attribute">For <c>@css</c>: <c>attr:</c>, the attribute whose value is taken instead of the text; otherwise null.</param>
/// <param name="Clean">For <c>@css</c>, <c>@xpath</c> and <c>@content</c>: <c>clean:</c>, a selector list of elements whose text is left out; otherwise null.</param>
public sealed record HtmlLocatorSpec(LocatorKind Kind, EquatableArray<string> Values, string? Attribute, string? Clean)
{
    /// <summary>The locator as written, for messages and comments: <c>@css("h1", attr: "title")</c>.</summary>
    public string Display
    {
        get
        {
            if (Kind == LocatorKind.Content) return Clean is null ? "@content()" : "@content(clean: " + Quote(Clean) + ")";
            var sb = new StringBuilder("@").Append(Kind switch { LocatorKind.Css => "css", LocatorKind.XPath => "xpath", LocatorKind.Meta => "meta", _ => "jsonld" }).Append('(');
            var parts = new List<string>();
            foreach (var v in Values) parts.Add(Quote(v));
            if (Attribute is not null) parts.Add("attr: " + Quote(Attribute));
            if (Clean is not null) parts.Add("clean: " + Quote(Clean));
            return sb.Append(string.Join(", ", parts)).Append(')').ToString();
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
