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
    private bool CheckFallback(FieldInfo info, LocatorSpec spec, LocatorSyntax locator, List<(LocatorSpec Spec, LocatorSyntax Syntax)> earlier)
    {
        if (earlier.Count == 0) return true;
        var head = Span(locator.At, locator.Name);
        foreach (var (previous, previousSyntax) in earlier)
        {
            if (spec.Kind == LocatorKind.Quotes || previous.Kind == LocatorKind.Quotes)
            {
                var other = spec.Kind == LocatorKind.Quotes ? previousSyntax.Name.Text : locator.Name.Text;
                if (spec.Kind == LocatorKind.Quotes && previous.Kind == LocatorKind.Quotes) other = "quotes a second time";
                Report(SchemaDiagnosticIds.QuotesWithFallback, head, info.Syntax.Name.Text, other);
                return false;
            }
            if (previous.Display == spec.Display)
            {
                Report(SchemaDiagnosticIds.UnreachableFallback, head, GeneratedNames.ForMessage(spec.Display), info.Syntax.Name.Text,
                    GeneratedNames.ForMessage(previous.Display));
                return false;
            }
        }
        return true;
    }
}
