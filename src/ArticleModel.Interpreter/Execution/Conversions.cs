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

    /// <summary>The value of a single field's found text (not a record), as the generated value expression.</summary>
    public static object? FromFound(ParseContext context, FieldPlan field, FoundText found) => field.Conversion switch
    {
        ValueConversion.None => found.Text,
        ValueConversion.Paragraph => context.Paragraph(found),
        _ => Convert(context, field.Conversion, found.Text, context.Span(found), field.Name, field.ConversionRequired, DateSpecs.Of(field)),
    };
}
