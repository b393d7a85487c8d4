using System;
using ArticleModel.CompilerServices;
using ArticleModel.Html;
using ArticleModel.Html.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// Runs one <see cref="LocatorPlan"/> of a field, as the generated locator expression does (<c>ModelEmitter.LocatorExpr</c>):
/// the interpreter's one switch over the locator kinds, so a new kind is one new case here.
/// </summary>
internal sealed class LocatorRunner
{
    private readonly LocatorPlan _plan;
    private readonly RegionEvaluator _region;
    private readonly CompiledPattern? _where;
    private readonly CompiledPattern? _pattern;
    private readonly CompiledPattern? _strip;
    private readonly bool _record;
    private readonly object? _html;
    private readonly int? _kinds;

    public LocatorRunner(LocatorPlan plan, CompiledPattern[] regexes, bool record)
    {
        _plan = plan;
        _region = new RegionEvaluator(plan.Region, regexes);
        _where = plan.WhereRegex is int w ? regexes[w] : null;
        _pattern = plan.PatternRegex is int p ? regexes[p] : null;
        _strip = plan.StripRegex is int s ? regexes[s] : null;
        _record = record;
        _html = plan.Html is { } html ? CreateHtml(html) : null;
        _kinds = BlockKindMask.Of(plan.BlockKinds);
    }

    // The HTML locator's runtime object, built once as the generated parser's static field is (ModelEmitter.Html.cs).
    private static object CreateHtml(HtmlLocatorPlan plan)
    {
        var values = new string[plan.Values.Count];
        for (var i = 0; i < values.Length; i++) values[i] = plan.Values[i];
        return plan.Kind switch
        {
            LocatorKind.Css => HtmlParseContext.Css(values, plan.Attribute, plan.Clean, plan.ResolveUrls),
            LocatorKind.XPath => HtmlParseContext.XPath(values, plan.Clean, plan.ResolveUrls),
            LocatorKind.Meta => HtmlParseContext.Meta(values, plan.ResolveUrls),
            LocatorKind.Content => HtmlParseContext.Content(plan.Clean),
            _ => HtmlParseContext.JsonLd(values[0], plan.ResolveUrls),
        };
    }

    /// <summary>What the locator finds for a single value.</summary>
    public FoundText FindOne(ParseContext context, ParseState state, string field)
    {
        FoundText found;
        switch (_plan.Strategy)
        {
            case LocateStrategy.Line:
                found = context.FromHit(context.FindLine(_plan.Position, _where?.Regex, field));
                break;
            case LocateStrategy.Block:
                found = context.FromHit(context.FindBlock(_plan.Position, _region.Evaluate(context, state, field), _where?.Regex, field));
                break;
            case LocateStrategy.Match:
            {
                var region = _region.Evaluate(context, state, field);
                var hit = context.FindMatch(_pattern!.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, field, out var m);
                found = _record ? context.FromRecordMatch(hit, m)
                    : _plan.Part != BlockPart.Match ? context.FromPart(hit, m, _plan.Part == BlockPart.After)
                    : context.FromMatch(hit, m, _plan.ValueGroup);
                break;
            }
            // HTML locators: nothing on input not read from HTML (state.Html is null).
            case LocateStrategy.Css:
                found = state.Html?.FindText((CssLocator)_html!, field) ?? default;
                break;
            case LocateStrategy.XPath:
                found = state.Html?.FindText((XPathLocator)_html!, field) ?? default;
                break;
            case LocateStrategy.Meta:
                found = state.Html?.FindText((MetaLocator)_html!, field) ?? default;
                break;
            case LocateStrategy.JsonLd:
                found = state.Html?.FindText((JsonLdLocator)_html!, field) ?? default;
                break;
            // Markdown locators: nothing on input not read from Markdown (state.Markdown is null).
            case LocateStrategy.Heading:
                found = state.Markdown?.FindHeading(_plan.Markdown!.Level, _plan.Markdown.Position, field) ?? default;
                break;
            case LocateStrategy.FrontMatter:
                found = state.Markdown?.FindFrontMatter(_plan.Markdown!.Key!, field) ?? default;
                break;
            case LocateStrategy.Content:
                found = state.Html?.FindText((ContentLocator)_html!, field) ?? default;
                break;
            default:
                throw new InvalidOperationException($"no single-value run for {_plan.Strategy}");
        }
        return _strip is null ? found : context.Strip(found, _strip.Regex, _strip.RequiredLiteral, _strip.IgnoreCase, field);
    }

    /// <summary>What the locator finds for a list.</summary>
    public FoundText[] FindAll(ParseContext context, ParseState state, string field)
    {
        FoundText[] found;
        switch (_plan.Strategy)
        {
            case LocateStrategy.Blocks:
            {
                var region = _region.Evaluate(context, state, field);
                found = context.FromHits(_kinds is int kinds ? context.FindBlocks(region, kinds) : context.FindBlocks(region));
                break;
            }
            case LocateStrategy.MatchList:
            {
                var region = _region.Evaluate(context, state, field);
                var ms = context.FindMatches(_pattern!.Regex, _pattern.RequiredLiteral, _pattern.IgnoreCase, region, field);
                found = _record ? context.FromRecordMatches(ms)
                    : _plan.Part != BlockPart.Match ? context.FromParts(ms, _plan.Part == BlockPart.After)
                    : context.FromMatches(ms, _plan.ValueGroup);
                break;
            }
            case LocateStrategy.Css:
                found = state.Html?.FindTexts((CssLocator)_html!, _plan.Html!.Blocks, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.XPath:
                found = state.Html?.FindTexts((XPathLocator)_html!, _plan.Html!.Blocks, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.Meta:
                found = state.Html?.FindTexts((MetaLocator)_html!, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.JsonLd:
                found = state.Html?.FindTexts((JsonLdLocator)_html!, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.Heading:
                found = state.Markdown?.FindHeadings(_plan.Markdown!.Level, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.FrontMatter:
                found = state.Markdown?.FindFrontMatterAll(_plan.Markdown!.Key!, field) ?? Array.Empty<FoundText>();
                break;
            case LocateStrategy.Content:
                found = state.Html?.FindTexts((ContentLocator)_html!, field) ?? Array.Empty<FoundText>();
                break;
            default:
                throw new InvalidOperationException($"no list run for {_plan.Strategy}");
        }
        return _strip is null ? found : context.Strip(found, _strip.Regex, _strip.RequiredLiteral, _strip.IgnoreCase, field);
    }
}
