using System.Collections.Generic;

namespace ArticleModel.Schema.Lowering;

/// <summary>
/// The HTML part of lowering: a field's HTML locators become <see cref="FieldPlan.Html"/> (tried in declaration order on
/// HTML input, before the field's text locator, which stays <see cref="FieldPlan.Strategy"/>); what a required field
/// with no text locator reports when they find nothing; and a <c>@quotes</c> source with HTML locators is read from
/// its hits whichever locator found it (<see cref="QuoteSourceKind.FieldHits"/>).
/// </summary>
internal static class HtmlLowering
{
    /// <summary>Adds the HTML decisions to a lowered field.</summary>
    public static FieldPlan Attach(ArticleSpec article, FieldPlan plan, Dictionary<string, int> indexByName)
    {
        var field = article.Fields[plan.Index];
        var type = field.Type;
        var html = new List<HtmlLocatorPlan>();
        foreach (var locator in field.Locators)
        {
            if (locator.Html is not { } spec) continue;
            var blocks = spec.Kind == LocatorKind.Css && type.IsList && type.Kind is ValueKind.Text or ValueKind.Paragraph && spec.Attribute is null;
            html.Add(new HtmlLocatorPlan(spec.Kind, spec.Values, spec.Attribute, spec.Clean, type.Kind == ValueKind.Url, blocks, spec.Display, locator.Range));
        }
        var result = plan;
        if (html.Count > 0)
        {
            string? missing = null;
            if (plan.Strategy == LocateStrategy.None && !type.IsOptional && !type.IsList)
            {
                var displays = new List<string>();
                foreach (var h in html) displays.Add(h.Display);
                missing = string.Join(" ", displays);
            }
            result = result with { Html = new EquatableArray<HtmlLocatorPlan>(html.ToArray()), HtmlMissingLocator = missing };
        }
        if (plan.QuoteSource is { Kind: not QuoteSourceKind.NoText } source && HasHtml(article.Fields[source.Field]))
            result = result with { QuoteSource = new QuoteSourcePlan(QuoteSourceKind.FieldHits, source.Field) };
        else if (plan.QuoteSource is { Kind: QuoteSourceKind.NoText } none && none.Field >= 0 && HasHtml(article.Fields[none.Field]))
            result = result with { QuoteSource = new QuoteSourcePlan(QuoteSourceKind.FieldHits, none.Field) };
        return result;
    }

    private static bool HasHtml(FieldSpec field)
    {
        foreach (var l in field.Locators)
        {
            if (l.Html is not null) return true;
        }
        return false;
    }
}
