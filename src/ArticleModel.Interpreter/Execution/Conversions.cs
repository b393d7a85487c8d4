using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs a plan's <see cref="ValueConversion"/> and <see cref="MissingValue"/>, as the generated expressions do.</summary>
internal static class Conversions
{
    /// <summary>A field's value before anything is found (the generated local): the empty list, or null (not found).</summary>
    public static object? MissingValueOf(MissingValue missing, ValueKind kind) =>
        missing == MissingValue.EmptyList ? ValueLists.Empty(kind) : null;

    /// <summary>The value a required single value holds when it was not found (the generated property's stand-in).</summary>
    public static object? StandIn(MissingValue missing, RecordBuilder? record) => missing switch
    {
        MissingValue.EmptyText => "",
        MissingValue.EmptyParagraph => new Paragraph("", default),
        MissingValue.BlankUrl => new System.Uri("about:blank"),
        MissingValue.EmptyRecord => record!.Empty,
        _ => null,
    };

    /// <summary>The stand-in of a required single value of <paramref name="kind"/>.</summary>
    public static object? StandIn(MissingValue missing, ValueKind kind, RecordBuilder? record) =>
        missing == MissingValue.Default ? (kind == ValueKind.Int ? 0 : default(ArticleDate)) : StandIn(missing, record);

    /// <summary>Converts normalised text (the int, date, url and handle conversions; other values are the text).</summary>
    public static object? Convert(ParseContext context, ValueConversion conversion, string? text, SourceSpan span, string name, bool required, DateFormatSpec? date = null) => conversion switch
    {
        ValueConversion.Int => context.ToInt(text, span, name, required),
        ValueConversion.Date when date is not null => context.ToDate(text, span, name, required, date),
        ValueConversion.Date => context.ToDate(text, span, name, required),
        ValueConversion.Url => context.ToUrl(text, span, name, required),
        ValueConversion.Handle => context.ToHandle(text, span, name, required),
        _ => text,
    };

    /// <summary>The value of a found line or block.</summary>
    public static object? FromHit(ParseContext context, FieldPlan field, Hit hit) => field.Conversion switch
    {
        ValueConversion.None => context.Text(hit),
        ValueConversion.Paragraph => context.Paragraph(hit),
        _ => Convert(context, field.Conversion, context.Text(hit), context.Span(hit), field.Name, field.ConversionRequired, DateSpecs.Of(field)),
    };

    /// <summary>The span of a scalar match's value: its value group, or the whole match.</summary>
    public static SourceSpan MatchValueSpan(ParseContext context, FieldPlan field, Match match) =>
        field.ValueGroup is not null ? context.GroupSpan(match, field.ValueGroup) : context.MatchSpan(match);

    /// <summary>The value of a scalar match.</summary>
    public static object? FromMatch(ParseContext context, FieldPlan field, Match match, SourceSpan span)
    {
        var text = field.ValueGroup is not null ? ParseContext.GroupText(match, field.ValueGroup) : ParseContext.MatchText(match);
        return field.Conversion switch
        {
            ValueConversion.Paragraph => text is string pt ? new Paragraph(pt, span) : null,
            _ => Convert(context, field.Conversion, text, span, field.Name, field.ConversionRequired, DateSpecs.Of(field)),
        };
    }
}
