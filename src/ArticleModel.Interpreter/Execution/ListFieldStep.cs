using System.Collections.Generic;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>A list field: its locators as ordered fallbacks (the first non-empty list wins), its transforms on each item, then the items.</summary>
internal sealed class ListFieldStep : FieldStep
{
    private readonly LocatorRunner[] _locators;
    private readonly TextTransform[] _transforms;
    private readonly RecordBuilder? _record;

    public ListFieldStep(FieldPlan plan, LocatorRunner[] locators, TextTransform[] transforms, RecordBuilder? record) : base(plan)
    {
        _locators = locators;
        _transforms = transforms;
        _record = record;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var found = System.Array.Empty<FoundText>();
        foreach (var locator in _locators)
        {
            found = locator.FindAll(context, state, Name);
            if (_transforms.Length > 0) found = context.Transform(found, _transforms, Name);
            if (found.Length > 0) break;
        }
        var hs = ParseContext.HitsOf(found);
        state.Hs[Index] = hs;
        state.H[Index] = Hit.Cover(hs);
        context.Spans.Add(Name, context.SpansOf(found));
        switch (Plan.Conversion)
        {
            case ValueConversion.None:
                state.V[Index] = ParseContext.Texts(found);
                return;
            case ValueConversion.Paragraph:
                state.V[Index] = context.Paragraphs(found);
                return;
        }
        var items = new List<object>(found.Length);
        foreach (var x in found)
        {
            var item = _record is not null
                ? _record.FromMatch(context, x.Match!, Name, Plan.RecordMemberSpans)
                : Conversions.Convert(context, Plan.Conversion, x.Text, context.Span(x), Name, Plan.ConversionRequired, DateSpecs.Of(Plan));
            if (item is not null) items.Add(item);
        }
        state.V[Index] = ValueLists.Of(Plan.Type.Kind, items);
    }
}
