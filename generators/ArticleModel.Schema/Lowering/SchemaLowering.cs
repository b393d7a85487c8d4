using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Schema.Lowering;

/// <summary>
/// Lowers a bound <see cref="SchemaModel"/> to a <see cref="SchemaPlan"/>: the one place where the decisions shared by
/// the C# emitter and the interpreter are made (docs/architecture.md, "Decisions and their home"). Linear in the size
/// of the schema: names are resolved through one dictionary per article.
/// </summary>
internal static class SchemaLowering
{
    /// <summary>What <c>AM3001</c> names as the locator of a required field with no plain-text locator.</summary>
    public const string NoTextLocator = "no locator for plain text";

    /// <summary>The group whose text and span are a scalar <c>@match</c> field's value, when the pattern has it.</summary>
    public const string ValueGroup = "value";

    /// <summary>Lowers <paramref name="model"/>; the model must be free of binding errors for the parts it holds.</summary>
    public static SchemaPlan Lower(SchemaModel model)
    {
        var records = new RecordPlan[model.Records.Count];
        for (var i = 0; i < records.Length; i++) records[i] = LowerRecord(model.Records[i]);
        var articles = new ArticlePlan[model.Articles.Count];
        for (var i = 0; i < articles.Length; i++) articles[i] = LowerArticle(model.Articles[i]);
        return new SchemaPlan(model.FilePath, model.Namespace, new EquatableArray<RecordPlan>(records), new EquatableArray<ArticlePlan>(articles));
    }

    /// <summary>The locator that applies to plain text: the first written for plain text or for any format.</summary>
    public static LocatorSpec? TextLocator(FieldSpec field)
    {
        foreach (var locator in field.Locators)
        {
            if (locator.Format is InputFormat.Text or InputFormat.Any) return locator;
        }
        return null;
    }

    // ---- records ----

    private static RecordPlan LowerRecord(RecordSpec record)
    {
        var members = new RecordMemberPlan[record.Fields.Count];
        for (var i = 0; i < members.Length; i++)
        {
            var f = record.Fields[i];
            members[i] = new RecordMemberPlan(f.Name, f.PropertyName, f.Type, f.Doc, ConversionOf(f.Type), !f.Type.IsOptional, MissingValueOf(f.Type), JsonWriterOf(f.Type));
        }
        return new RecordPlan(record.Name, record.Doc, new EquatableArray<RecordMemberPlan>(members), record.Range);
    }

    // ---- articles ----

    private static ArticlePlan LowerArticle(ArticleSpec article)
    {
        var indexByName = new Dictionary<string, int>(article.Fields.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < article.Fields.Count; i++) indexByName[article.Fields[i].Name] = i;
        var regexes = new RegexTable();

        var drops = new DropPlan[article.Drops.Count];
        for (var d = 0; d < drops.Length; d++) drops[d] = LowerDrop(article.Drops[d].Locator, indexByName, regexes);

        // Fields in evaluation order, so patterns are numbered in the order a parse first uses them.
        var fields = new FieldPlan[article.Fields.Count];
        foreach (var index in article.EvaluationOrder)
            fields[index] = LowerField(article, index, indexByName, regexes) with { Date = TextLocator(article.Fields[index])?.Date };
        return new ArticlePlan(article.Name, article.Doc, new EquatableArray<FieldPlan>(fields), new EquatableArray<DropPlan>(drops),
            article.EvaluationOrder, regexes.ToEquatableArray(), article.Range);
    }

    private static DropPlan LowerDrop(LocatorSpec locator, Dictionary<string, int> indexByName, RegexTable regexes)
    {
        var strategy = locator.Kind switch
        {
            LocatorKind.Line => LocateStrategy.Line,
            LocatorKind.Block => LocateStrategy.Block,
            LocatorKind.Blocks => LocateStrategy.Blocks,
            _ => LocateStrategy.MatchList,
        };
        var pattern = strategy == LocateStrategy.MatchList ? regexes.Add(locator.Pattern!) : (int?)null;
        // A drop rule's region is empty when its anchors are absent: nothing to drop when the marker is not there.
        var region = strategy == LocateStrategy.Line ? RegionPlan.Whole : LowerRegion(locator.Region, indexByName, regexes, isDropRule: true);
        var where = regexes.AddOptional(locator.Where);
        return new DropPlan(strategy, locator.Index, region, where, pattern, locator.Display);
    }

    private static FieldPlan LowerField(ArticleSpec article, int index, Dictionary<string, int> indexByName, RegexTable regexes)
    {
        var field = article.Fields[index];
        var type = field.Type;
        var locator = TextLocator(field);
        var declaration = Declaration(field);
        var missing = MissingValueOf(type);
        var json = JsonWriterOf(type);
        var conversion = ConversionOf(type);

        if (locator is null)
        {
            return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.None, 0, RegionPlan.Whole,
                null, null, conversion, !type.IsOptional, null, false, null, missing,
                !type.IsOptional && !type.IsList ? NoTextLocator : null, json);
        }

        // A single value that is not found reports AM3001 when required; a list is just empty.
        var missingLocator = !type.IsOptional && !type.IsList ? locator.Display : null;
        switch (locator.Kind)
        {
            case LocatorKind.Line:
                return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.Line, locator.Index, RegionPlan.Whole,
                    regexes.AddOptional(locator.Where), null, conversion, !type.IsOptional, null, false, null, missing, missingLocator, json);
            case LocatorKind.Block:
            {
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.Block, locator.Index, region,
                    regexes.AddOptional(locator.Where), null, conversion, !type.IsOptional, null, false, null, missing, missingLocator, json);
            }
            case LocatorKind.Blocks:
            {
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.Blocks, 0, region,
                    null, null, conversion, false, null, false, null, missing, null, json);
            }
            case LocatorKind.Match:
            {
                var pattern = locator.Pattern!;
                var patternIndex = regexes.Add(pattern);
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                // A record is filled from all its groups; a scalar is the 'value' group when the pattern has one.
                var valueGroup = type.Kind != ValueKind.Record && Contains(pattern.GroupNames, ValueGroup) ? ValueGroup : null;
                return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration,
                    type.IsList ? LocateStrategy.MatchList : LocateStrategy.Match, 0, region, null, patternIndex, conversion,
                    // List items are never required one by one: a bad item is left out with a warning.
                    !type.IsOptional && !type.IsList, valueGroup,
                    // Member spans are recorded for a single record, not for each item of a list.
                    !type.IsList, null, missing, missingLocator, json);
            }
            default:
            {
                // A source the binder left out (its own error was reported) has no paragraphs: no quotes.
                if (!indexByName.TryGetValue(locator.SourceField!, out var sourceIndex))
                {
                    return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.Quotes, 0, RegionPlan.Whole,
                        null, null, conversion, false, null, false, new QuoteSourcePlan(QuoteSourceKind.NoText, -1), missing, null, json);
                }
                var source = article.Fields[sourceIndex];
                var sourceKind = TextLocator(source)?.Kind switch
                {
                    null => QuoteSourceKind.NoText,
                    LocatorKind.Blocks => QuoteSourceKind.Blocks,
                    LocatorKind.Match when source.Type.IsList => QuoteSourceKind.Matches,
                    _ => QuoteSourceKind.Hit,
                };
                return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, LocateStrategy.Quotes, 0, RegionPlan.Whole,
                    null, null, conversion, false, null, false, new QuoteSourcePlan(sourceKind, sourceIndex), missing, null, json);
            }
        }
    }

    // ---- regions ----

    private static RegionPlan LowerRegion(RegionSpec region, Dictionary<string, int> indexByName, RegexTable regexes, bool isDropRule)
    {
        if (region.Start is null && region.End is null) return RegionPlan.Whole;
        // A start bound whose anchors are all absent makes the region empty (an absent section is empty, never the
        // whole document); an absent end bound runs a field's region to the view's end, and makes a drop rule's empty.
        var start = region.Start is null ? null : LowerBound(region.Start, indexByName, regexes,
            region.StartInclusive ? BoundEdge.FirstLine : BoundEdge.AfterLastLine,
            BoundFallback.ViewEnd);
        var end = region.End is null ? null : LowerBound(region.End, indexByName, regexes,
            region.EndInclusive ? BoundEdge.AfterLastLine : BoundEdge.FirstLine,
            isDropRule ? BoundFallback.ViewStart : BoundFallback.ViewEnd);
        return new RegionPlan(start, end);
    }

    private static BoundPlan LowerBound(AnchorSpec anchor, Dictionary<string, int> indexByName, RegexTable regexes, BoundEdge edge, BoundFallback fallback)
    {
        var alternatives = new List<AnchorPlan>(anchor.Alternatives.Count);
        foreach (var alt in anchor.Alternatives)
        {
            if (alt.Field is null) alternatives.Add(new AnchorPlan(null, regexes.Add(alt.Pattern!)));
            // A field the binder left out (its own error was reported) is never found: the alternative is dropped, so
            // its dependents still generate (one mistake, one error).
            else if (indexByName.TryGetValue(alt.Field, out var fieldIndex)) alternatives.Add(new AnchorPlan(fieldIndex, null));
        }
        return new BoundPlan(new EquatableArray<AnchorPlan>(alternatives.ToArray()), edge, fallback);
    }

    // ---- values ----

    /// <summary>How text becomes a value of <paramref name="type"/>.</summary>
    public static ValueConversion ConversionOf(TypeSpec type) => type.Kind switch
    {
        ValueKind.Paragraph => ValueConversion.Paragraph,
        ValueKind.Int => ValueConversion.Int,
        ValueKind.Date => ValueConversion.Date,
        ValueKind.Url => ValueConversion.Url,
        ValueKind.Handle => ValueConversion.Handle,
        ValueKind.Record => ValueConversion.Record,
        ValueKind.Quote => ValueConversion.Quotes,
        _ => ValueConversion.None,
    };

    /// <summary>The value of <paramref name="type"/> when nothing was found or converted.</summary>
    public static MissingValue MissingValueOf(TypeSpec type) =>
        type.IsList ? MissingValue.EmptyList
        : type.IsOptional ? MissingValue.Null
        : type.Kind switch
        {
            ValueKind.Text or ValueKind.Handle => MissingValue.EmptyText,
            ValueKind.Int or ValueKind.Date => MissingValue.Default,
            ValueKind.Paragraph => MissingValue.EmptyParagraph,
            ValueKind.Url => MissingValue.BlankUrl,
            ValueKind.Record => MissingValue.EmptyRecord,
            _ => MissingValue.Null,
        };

    /// <summary>The JSON writer of a value of <paramref name="type"/>.</summary>
    public static JsonWriterKind JsonWriterOf(TypeSpec type) => type.IsList
        ? type.Kind switch
        {
            ValueKind.Paragraph => JsonWriterKind.Paragraphs,
            ValueKind.Int => JsonWriterKind.Ints,
            ValueKind.Date => JsonWriterKind.Dates,
            ValueKind.Url => JsonWriterKind.Urls,
            ValueKind.Quote or ValueKind.Record => JsonWriterKind.Objects,
            _ => JsonWriterKind.Strings,
        }
        : type.Kind switch
        {
            ValueKind.Paragraph => JsonWriterKind.Paragraph,
            ValueKind.Int => JsonWriterKind.Int,
            ValueKind.Date => JsonWriterKind.Date,
            ValueKind.Url => JsonWriterKind.Url,
            ValueKind.Record or ValueKind.Quote => JsonWriterKind.Object,
            _ => JsonWriterKind.String,
        };

    // ---- text ----

    private static string Declaration(FieldSpec field)
    {
        var sb = new StringBuilder(field.Name).Append(" : ").Append(field.Type);
        foreach (var l in field.Locators) sb.Append(' ').Append(l.Display);
        return sb.ToString();
    }

    private static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var n in names)
        {
            if (n == name) return true;
        }
        return false;
    }
}
