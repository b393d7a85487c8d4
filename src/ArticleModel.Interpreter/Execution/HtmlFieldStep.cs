using System;
using System.Collections.Generic;
using ArticleModel.CompilerServices;
using ArticleModel.Html;
using ArticleModel.Html.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// A field with HTML locators (<see cref="FieldPlan.Html"/>): on HTML input they are tried in order and the first that
/// finds a value wins; when none does (or the input is not HTML) the field's text step runs. The generated parser
/// writes the same sequence (ModelEmitter.Html.cs).
/// </summary>
internal sealed class HtmlFieldStep : FieldStep
{
    private readonly FieldStep _text;
    private readonly object[] _locators;

    public HtmlFieldStep(FieldPlan plan, FieldStep text) : base(plan)
    {
        _text = text;
        _locators = new object[plan.Html.Count];
        for (var i = 0; i < _locators.Length; i++) _locators[i] = Create(plan.Html[i]);
    }

    private static object Create(HtmlLocatorPlan plan) => plan.Kind switch
    {
        LocatorKind.Css => HtmlParseContext.Css(ToArray(plan.Values), plan.Attribute, plan.Clean, plan.ResolveUrls),
        LocatorKind.Meta => HtmlParseContext.Meta(ToArray(plan.Values), plan.ResolveUrls),
        _ => HtmlParseContext.JsonLd(plan.Values[0], plan.ResolveUrls),
    };

    private static string[] ToArray(EquatableArray<string> values)
    {
        var array = new string[values.Count];
        for (var i = 0; i < array.Length; i++) array[i] = values[i];
        return array;
    }

    public override void Run(ParseContext context, ParseState state)
    {
        var html = state.Html;
        if (html is not null)
        {
            for (var i = 0; i < _locators.Length; i++)
            {
                if (Plan.Type.IsList ? TryList(context, state, html, i) : TrySingle(context, state, html, i)) return;
            }
            if (Plan.HtmlMissingLocator is not null)
            {
                state.H[Index] = Hit.None;
                state.Hl[Index] = Array.Empty<Hit>();
                state.V[Index] = Missing();
                context.Missing(Name, Plan.HtmlMissingLocator);
                return;
            }
        }
        _text.Run(context, state);
        state.Hl[Index] = Plan.Strategy switch
        {
            LocateStrategy.Blocks => state.Hs[Index] ?? Array.Empty<Hit>(),
            LocateStrategy.MatchList => ParseContext.HitsOf(state.Ms[Index] ?? Array.Empty<MatchHit>()),
            LocateStrategy.Line or LocateStrategy.Block or LocateStrategy.Match => state.H[Index].Found ? new[] { state.H[Index] } : Array.Empty<Hit>(),
            _ => Array.Empty<Hit>(),
        };
    }

    private bool TrySingle(ParseContext context, ParseState state, HtmlParseContext html, int i)
    {
        var value = _locators[i] switch
        {
            CssLocator css => html.Find(css, Name),
            MetaLocator meta => html.Find(meta, Name),
            JsonLdLocator jsonLd => html.Find(jsonLd, Name),
            _ => default,
        };
        if (!value.Found) return false;
        var h = html.HitOf(value);
        state.H[Index] = h;
        state.Hl[Index] = h.Found ? new[] { h } : Array.Empty<Hit>();
        context.Spans.Add(Name, value.Span);
        state.V[Index] = Plan.Conversion switch
        {
            ValueConversion.None => value.Text,
            ValueConversion.Paragraph => HtmlParseContext.Paragraph(value),
            _ => Conversions.Convert(context, Plan.Conversion, value.Text, value.Span, Name, Plan.ConversionRequired),
        };
        return true;
    }

    private bool TryList(ParseContext context, ParseState state, HtmlParseContext html, int i)
    {
        var values = _locators[i] switch
        {
            CssLocator css => html.FindAll(css, Plan.Html[i].Blocks, Name),
            MetaLocator meta => html.FindAll(meta, Name),
            JsonLdLocator jsonLd => html.FindAll(jsonLd, Name),
            _ => Array.Empty<HtmlValue>(),
        };
        if (values.Length == 0) return false;
        var hits = html.HitsOf(values);
        state.Hl[Index] = hits;
        state.H[Index] = Hit.Cover(hits);
        context.Spans.Add(Name, HtmlParseContext.SpansOf(values));
        switch (Plan.Conversion)
        {
            case ValueConversion.None:
                state.V[Index] = HtmlParseContext.Texts(values);
                break;
            case ValueConversion.Paragraph:
                state.V[Index] = HtmlParseContext.Paragraphs(values);
                break;
            default:
                var items = new List<object>(values.Length);
                foreach (var v in values)
                {
                    // List items are never required one by one: a bad item is left out with a warning.
                    var item = Conversions.Convert(context, Plan.Conversion, v.Text, v.Span, Name, false);
                    if (item is not null) items.Add(item);
                }
                state.V[Index] = ValueLists.Of(Plan.Type.Kind, items);
                break;
        }
        return true;
    }
}
