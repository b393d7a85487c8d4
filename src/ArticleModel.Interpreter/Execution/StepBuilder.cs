using System;
using System.Collections.Generic;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Turns a lowered <see cref="SchemaPlan"/> into the steps an <see cref="InterpretedParser"/> runs. Decides nothing: the plan has.</summary>
internal sealed class StepBuilder
{
    private readonly RegexCache _regexes = new();
    private readonly Dictionary<string, RecordBuilder> _records = new(StringComparer.Ordinal);

    public StepBuilder(SchemaPlan plan)
    {
        foreach (var r in plan.Records) _records[r.Name] = new RecordBuilder(r, _regexes);
    }

    public InterpretedParser Build(ArticleSpec article, ArticlePlan plan) => Build(article, plan, null);

    // shape: the article's, for a layout's variant (its values are the article's, JSON-LD mapping included).
    private InterpretedParser Build(ArticleSpec article, ArticlePlan plan, ValueShape? shape)
    {
        var regexes = new CompiledPattern[plan.Regexes.Count];
        for (var i = 0; i < regexes.Length; i++) regexes[i] = _regexes.Get(plan.Regexes[i]);

        var drops = new DropStep[plan.Drops.Count];
        for (var d = 0; d < drops.Length; d++) drops[d] = new DropStep(plan.Drops[d], regexes);

        var steps = new FieldStep[plan.EvaluationOrder.Count];
        for (var k = 0; k < steps.Length; k++) steps[k] = Step(plan.Fields[plan.EvaluationOrder[k]], regexes);

        var n = plan.Fields.Count;
        var names = new string[n];
        var types = new TypeSpec[n];
        var writers = new JsonWriterKind[n];
        var missing = new MissingValue[n];
        var standIns = new object?[n];
        for (var i = 0; i < n; i++)
        {
            names[i] = plan.Fields[i].Name;
            types[i] = plan.Fields[i].Type;
            writers[i] = plan.Fields[i].Json;
            missing[i] = plan.Fields[i].Missing;
            standIns[i] = Conversions.StandIn(plan.Fields[i].Missing, plan.Fields[i].Type.Kind, Record(plan.Fields[i]));
        }
        shape ??= new ValueShape(plan.Name, names, types, writers) { JsonLd = plan.JsonLd };
        var parser = new InterpretedParser(article, drops, steps, shape, missing, standIns);
        if (plan.Layouts.Count == 0) return parser;
        // The candidates in the plan's order, as the generated parser lists them (ModelEmitter.Layouts.cs).
        var layouts = new LayoutCandidate<ArticleValue>[plan.Layouts.Count + 1];
        layouts[0] = new LayoutCandidate<ArticleValue>(Layouts.Current, null, Array(plan.CurrentKeyFields), parser.ParseWithOwnFields);
        for (var i = 0; i < plan.Layouts.Count; i++)
        {
            var layout = plan.Layouts[i];
            var variant = Build(article.Layouts[i].Variant, layout.Variant, shape);
            layouts[i + 1] = new LayoutCandidate<ArticleValue>(layout.Name, Day(layout.Until), Array(layout.KeyFields), variant.ParseWithOwnFields);
        }
        parser.Layouts = layouts;
        return parser;
    }

    private static string[] Array(EquatableArray<string> names)
    {
        var array = new string[names.Count];
        for (var i = 0; i < array.Length; i++) array[i] = names[i];
        return array;
    }

    // "yyyy-MM-dd", checked by the binder.
    private static DateTime? Day(string? day) =>
        day is null ? null : DateTime.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private FieldStep Step(FieldPlan field, CompiledPattern[] regexes)
    {
        if (field.QuoteSource is not null) return new QuotesStep(field);
        if (field.Locators.Count == 0) return new NoLocatorStep(field);
        var record = Record(field);
        var locators = new LocatorRunner[field.Locators.Count];
        for (var i = 0; i < locators.Length; i++) locators[i] = new LocatorRunner(field.Locators[i], regexes, record is not null);
        var transforms = Transforms.Build(field.Transforms, regexes);
        return field.Type.IsList ? new ListFieldStep(field, locators, transforms, record) : new SingleFieldStep(field, locators, transforms, record);
    }

    private RecordBuilder? Record(FieldPlan field)
    {
        if (field.Conversion != ValueConversion.Record) return null;
        var name = field.Type.RecordName!;
        return _records.TryGetValue(name, out var builder) ? builder : throw new InvalidOperationException($"unknown record '{name}'");
    }
}
