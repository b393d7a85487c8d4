using System;
using System.Collections.Generic;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>Turns a bound <see cref="ArticleSpec"/> into the plans an <see cref="InterpretedParser"/> runs (the emitter's <c>EmitArticle</c>).</summary>
internal sealed class PlanBuilder
{
    private readonly RegexCache _regexes = new();
    private readonly Dictionary<string, RecordPlan> _records = new(StringComparer.Ordinal);

    public PlanBuilder(SchemaModel model)
    {
        foreach (var r in model.Records) _records[r.Name] = new RecordPlan(r);
    }

    public InterpretedParser Build(ArticleSpec article)
    {
        var drops = new DropPlan[article.Drops.Count];
        for (var d = 0; d < drops.Length; d++)
        {
            var l = article.Drops[d].Locator;
            drops[d] = new DropPlan(
                l.Kind,
                l.Index,
                l.Where is null ? null : _regexes.Get(l.Where),
                l.Kind == LocatorKind.Match ? _regexes.Get(l.Pattern!) : null,
                Region(article, l.Region, emptyWhenAbsent: true));
        }

        var steps = new FieldPlan[article.EvaluationOrder.Count];
        for (var k = 0; k < steps.Length; k++) steps[k] = Field(article, article.EvaluationOrder[k]);

        var names = new string[article.Fields.Count];
        var types = new TypeSpec[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = article.Fields[i].Name;
            types[i] = article.Fields[i].Type;
        }
        return new InterpretedParser(article, drops, steps, new ValueShape(article.Name, names, types));
    }

    private FieldPlan Field(ArticleSpec article, int index)
    {
        var field = article.Fields[index];
        var type = field.Type;
        LocatorSpec? locator = null;
        foreach (var l in field.Locators)
        {
            if (l.Format is InputFormat.Text or InputFormat.Any)
            {
                locator = l;
                break;
            }
        }
        if (locator is null) return new NoLocatorPlan(index, field);

        switch (locator.Kind)
        {
            case LocatorKind.Line:
                return new LineOrBlockPlan(index, field, locator, null, Where(locator));
            case LocatorKind.Block:
                return new LineOrBlockPlan(index, field, locator, Region(article, locator.Region, false), Where(locator));
            case LocatorKind.Blocks:
                return new BlocksPlan(index, field, Region(article, locator.Region, false));
            case LocatorKind.Match:
            {
                var record = type.Kind == ValueKind.Record ? Record(type.RecordName!) : null;
                var pattern = _regexes.Get(locator.Pattern!);
                var region = Region(article, locator.Region, false);
                return type.IsList
                    ? new MatchListPlan(index, field, locator, pattern, region, record)
                    : new MatchPlan(index, field, locator, pattern, region, record);
            }
            case LocatorKind.Quotes:
            {
                var sourceIndex = IndexOf(article, locator.SourceField!);
                return new QuotesPlan(index, field, sourceIndex, article.Fields[sourceIndex]);
            }
            default:
                throw new InvalidOperationException($"unsupported locator {locator.Kind}");
        }
    }

    private RecordPlan Record(string name) =>
        _records.TryGetValue(name, out var plan) ? plan : throw new InvalidOperationException($"unknown record '{name}'");

    private RegexPlan? Where(LocatorSpec locator) => locator.Where is null ? null : _regexes.Get(locator.Where);

    private RegionPlan Region(ArticleSpec article, RegionSpec region, bool emptyWhenAbsent) =>
        new(
            region.Start is null ? null : Anchor(article, region.Start, useFirst: region.StartInclusive),
            region.End is null ? null : Anchor(article, region.End, useFirst: !region.EndInclusive),
            emptyWhenAbsent);

    private AnchorPlan Anchor(ArticleSpec article, AnchorSpec anchor, bool useFirst)
    {
        var n = anchor.Alternatives.Count;
        var fields = new int[n];
        var patterns = new RegexPlan?[n];
        for (var i = 0; i < n; i++)
        {
            var alt = anchor.Alternatives[i];
            if (alt.Field is not null)
            {
                fields[i] = IndexOf(article, alt.Field);
            }
            else
            {
                fields[i] = -1;
                patterns[i] = _regexes.Get(alt.Pattern!);
            }
        }
        return new AnchorPlan(fields, patterns, useFirst);
    }

    private static int IndexOf(ArticleSpec article, string field)
    {
        for (var i = 0; i < article.Fields.Count; i++)
        {
            if (article.Fields[i].Name == field) return i;
        }
        throw new InvalidOperationException($"unknown field '{field}'");
    }
}
