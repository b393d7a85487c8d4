using System.Collections.Generic;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Fallbacks: several locators on one field, tried in declaration order (docs/schema-language.md §5, "Fallbacks").
internal sealed partial class Binder
{
    /// <summary>
    /// Whether <paramref name="spec"/> may follow the field's earlier locators: <c>@quotes</c> stays alone on its field
    /// (AM0157), and a locator that repeats an earlier one exactly can never yield (AM0128, a warning; it is dropped).
    /// </summary>
    /// <remarks>
    /// <paramref name="earlierDisplays"/> holds the earlier locators as written, so each check is one lookup: a field with
    /// thousands of fallbacks binds in linear time (it compared every pair, issue 9). Only a first <c>@quotes</c> is ever
    /// kept in <paramref name="earlier"/> (whatever follows it is refused), so looking at the first entry is enough.
    /// </remarks>
    private bool CheckFallback(FieldInfo info, LocatorSpec spec, LocatorSyntax locator, List<(LocatorSpec Spec, LocatorSyntax Syntax)> earlier, HashSet<string> earlierDisplays)
    {
        if (earlier.Count == 0) return true;
        var head = Span(locator.At, locator.Name);
        var (first, firstSyntax) = earlier[0];
        if (spec.Kind == LocatorKind.Quotes || first.Kind == LocatorKind.Quotes)
        {
            var other = spec.Kind == LocatorKind.Quotes ? firstSyntax.Name.Text : locator.Name.Text;
            if (spec.Kind == LocatorKind.Quotes && first.Kind == LocatorKind.Quotes) other = "quotes a second time";
            Report(SchemaDiagnosticIds.QuotesWithFallback, head, info.Syntax.Name.Text, other);
            return false;
        }
        var display = spec.Display;
        if (earlierDisplays.Contains(display))
        {
            Report(SchemaDiagnosticIds.UnreachableFallback, head, GeneratedNames.ForMessage(display), info.Syntax.Name.Text,
                GeneratedNames.ForMessage(display));
            return false;
        }
        return true;
    }
}
