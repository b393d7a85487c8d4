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
        for (var i = 0; i < articles.Length; i++) articles[i] = LowerArticle(model.Articles[i]) with { JsonLd = JsonLdLowering.Lower(model.Articles[i], model) };
        return new SchemaPlan(model.FilePath, model.Namespace, new EquatableArray<RecordPlan>(records), new EquatableArray<ArticlePlan>(articles));
    }

    /// <summary>The first locator that applies to plain text (written for plain text or for any format), or null.</summary>
    public static LocatorSpec? TextLocator(FieldSpec field)
    {
        foreach (var locator in field.Locators)
        {
            if (locator.Format is InputFormat.Text or InputFormat.Any) return locator;
        }
        return null;
    }

    /// <summary>The locators the plan keeps, in declaration order: those written for plain text or any format.</summary>
    public static List<LocatorSpec> PlanLocators(FieldSpec field)
    {
        var locators = new List<LocatorSpec>(field.Locators.Count);
        foreach (var locator in field.Locators)
        {
            if (locator.Format is InputFormat.Text or InputFormat.Any || locator.Html is not null || locator.Markdown is not null) locators.Add(locator);
        }
        return locators;
    }

    // ---- records ----

    private static RecordPlan LowerRecord(RecordSpec record)
    {
        var members = new RecordMemberPlan[record.Fields.Count];
        var regexes = new RegexTable();
        for (var i = 0; i < members.Length; i++)
        {
            var f = record.Fields[i];
            members[i] = new RecordMemberPlan(f.Name, f.PropertyName, f.Type, f.Doc, ConversionOf(f.Type), !f.Type.IsOptional, MissingValueOf(f.Type), JsonWriterOf(f.Type),
                LowerTransforms(f.Transforms, regexes));
        }
        return new RecordPlan(record.Name, record.Doc, new EquatableArray<RecordMemberPlan>(members), record.Range, regexes.ToEquatableArray());
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
            fields[index] = LowerField(article, index, indexByName, regexes) with { Date = DateSpecOf(article.Fields[index]) };
        return new ArticlePlan(article.Name, article.Doc, new EquatableArray<FieldPlan>(fields), new EquatableArray<DropPlan>(drops),
            article.EvaluationOrder, regexes.ToEquatableArray(), article.Range);
    }

    /// <summary>
    /// A date field's <c>format:</c>/<c>zone:</c>: the first of its locators (text or HTML) that carries them; both back
    /// ends read every fallback's text with it, in the conversion and in the fall-through check alike.
    /// </summary>
    private static DateSpec? DateSpecOf(FieldSpec field)
    {
        foreach (var locator in field.Locators)
        {
            if (locator.Date is { } date) return date;
        }
        return null;
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
        return new DropPlan(strategy, locator.Index, region, where, pattern, locator.Display) { BlockKinds = locator.BlockKinds };
    }

    private static FieldPlan LowerField(ArticleSpec article, int index, Dictionary<string, int> indexByName, RegexTable regexes)
    {
        var field = article.Fields[index];
        var type = field.Type;
        var specs = PlanLocators(field);
        var declaration = Declaration(field);
        var missing = MissingValueOf(type);
        var json = JsonWriterOf(type);
        var conversion = ConversionOf(type);
        var single = !type.IsOptional && !type.IsList;

        if (specs.Count == 0)
        {
            return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, EquatableArray<LocatorPlan>.Empty,
                EquatableArray<TransformStepPlan>.Empty, conversion, !type.IsOptional, false, null, missing, single ? NoTextLocator : null, json);
        }

        if (specs[0].Kind == LocatorKind.Quotes)
        {
            // @quotes stays alone on its field (the binder's AM0157). A source the binder left out (its own error was
            // reported), or one without a plain-text locator, has no paragraphs: no quotes.
            var quotes = specs[0];
            var plan = new LocatorPlan(LocateStrategy.Quotes, quotes.Format, quotes.Display, 0, RegionPlan.Whole, null, null, null, BlockPart.Match, null);
            QuoteSourcePlan sourcePlan;
            if (!indexByName.TryGetValue(quotes.SourceField!, out var sourceIndex))
            {
                sourcePlan = new QuoteSourcePlan(QuoteSourceKind.NoText, -1);
            }
            else
            {
                var source = article.Fields[sourceIndex];
                var kind = PlanLocators(source).Count == 0 ? QuoteSourceKind.NoText
                    : source.Type.IsList ? QuoteSourceKind.Blocks
                    : QuoteSourceKind.Hit;
                sourcePlan = new QuoteSourcePlan(kind, sourceIndex);
            }
            return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, new EquatableArray<LocatorPlan>(new[] { plan }),
                EquatableArray<TransformStepPlan>.Empty, conversion, false, false, sourcePlan, missing, null, json)
            {
                // Defaults are no options: both back ends then call the extractor exactly as without them.
                QuoteOptions = quotes.Quotes is { IsDefault: false } options ? options : null,
            };
        }

        var locators = new LocatorPlan[specs.Count];
        var displays = new List<string>(specs.Count);
        for (var i = 0; i < locators.Length; i++)
        {
            locators[i] = LowerLocator(specs[i], type, indexByName, regexes);
            displays.Add(specs[i].Display);
        }
        // A single value that is not found reports AM3001 when required, naming every locator tried; a list is just empty.
        return new FieldPlan(index, field.Name, field.PropertyName, type, field.Doc, declaration, new EquatableArray<LocatorPlan>(locators),
            LowerTransforms(field.Transforms, regexes), conversion,
            // List items are never required one by one: a bad item is left out with a warning.
            single,
            // Member spans are recorded for a single record, not for each item of a list.
            type.Kind == ValueKind.Record && !type.IsList,
            null, missing, single ? string.Join(" and ", displays) : null, json);
    }

    /// <summary>One locator: its strategy (a list field's <c>@match</c> finds every match), region and patterns, or its HTML arguments.</summary>
    private static LocatorPlan LowerLocator(LocatorSpec locator, TypeSpec type, Dictionary<string, int> indexByName, RegexTable regexes)
    {
        if (locator.Html is { } html)
        {
            // @css/@xpath on a text[]/paragraph[] field without attr: takes each matched element's blocks (a container's paragraphs);
            // a url field's values are links resolved against the page.
            var blocks = html.Kind is LocatorKind.Css or LocatorKind.XPath or LocatorKind.Content && type.IsList && type.Kind is ValueKind.Text or ValueKind.Paragraph && html.Attribute is null;
            var strategy = html.Kind switch
            {
                LocatorKind.Css => LocateStrategy.Css,
                LocatorKind.XPath => LocateStrategy.XPath,
                LocatorKind.Meta => LocateStrategy.Meta,
                LocatorKind.Content => LocateStrategy.Content,
                _ => LocateStrategy.JsonLd,
            };
            return new LocatorPlan(strategy, InputFormat.Html, locator.Display, 0, RegionPlan.Whole, null, null, null, BlockPart.Match, null,
                new HtmlLocatorPlan(html.Kind, html.Values, html.Attribute, html.Clean, type.Kind == ValueKind.Url, blocks, locator.Display, locator.Range));
        }
        if (locator.Markdown is { } markdown)
        {
            var strategy = markdown.Kind == LocatorKind.Heading ? LocateStrategy.Heading : LocateStrategy.FrontMatter;
            return new LocatorPlan(strategy, InputFormat.Markdown, locator.Display, 0, RegionPlan.Whole, null, null, null, BlockPart.Match, null)
            {
                Markdown = new MarkdownLocatorPlan(markdown.Kind, markdown.Level, markdown.Position, markdown.Key, locator.Display, locator.Range),
            };
        }
        switch (locator.Kind)
        {
            case LocatorKind.Line:
                return new LocatorPlan(LocateStrategy.Line, locator.Format, locator.Display, locator.Index, RegionPlan.Whole,
                    regexes.AddOptional(locator.Where), null, null, BlockPart.Match, regexes.AddOptional(locator.Strip));
            case LocatorKind.Block:
            {
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                return new LocatorPlan(LocateStrategy.Block, locator.Format, locator.Display, locator.Index, region,
                    regexes.AddOptional(locator.Where), null, null, BlockPart.Match, regexes.AddOptional(locator.Strip));
            }
            case LocatorKind.Blocks:
            {
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                return new LocatorPlan(LocateStrategy.Blocks, locator.Format, locator.Display, 0, region, null, null, null, BlockPart.Match,
                    regexes.AddOptional(locator.Strip))
                {
                    BlockKinds = locator.BlockKinds,
                };
            }
            default:
            {
                var pattern = locator.Pattern!;
                var patternIndex = regexes.Add(pattern);
                var region = LowerRegion(locator.Region, indexByName, regexes, isDropRule: false);
                // A record is filled from all its groups; a scalar is the 'value' group when the pattern has one (the
                // binder forbids 'part:' with a value group).
                var valueGroup = type.Kind != ValueKind.Record && locator.Part == BlockPart.Match && Contains(pattern.GroupNames, ValueGroup) ? ValueGroup : null;
                return new LocatorPlan(type.IsList ? LocateStrategy.MatchList : LocateStrategy.Match, locator.Format, locator.Display, 0, region,
                    null, patternIndex, valueGroup, locator.Part, null);
            }
        }
    }

    /// <summary>The transform steps, with their patterns numbered in <paramref name="regexes"/>.</summary>
    private static EquatableArray<TransformStepPlan> LowerTransforms(EquatableArray<TransformSpec> transforms, RegexTable regexes)
    {
        if (transforms.Count == 0) return EquatableArray<TransformStepPlan>.Empty;
        var steps = new TransformStepPlan[transforms.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            var t = transforms[i];
            steps[i] = new TransformStepPlan(t.Kind, t.Text, regexes.AddOptional(t.Pattern));
        }
        return new EquatableArray<TransformStepPlan>(steps);
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
        foreach (var t in field.Transforms) sb.Append(" | ").Append(t.Display);
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
