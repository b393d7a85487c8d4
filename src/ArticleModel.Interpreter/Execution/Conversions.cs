using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs a plan's <see cref="ValueConversion"/> and <see cref="MissingValue"/>, as the generated expressions do.</summary>
internal static class Conversions
{
    /// <summary>The value a field or member has when nothing was found.</summary>
    public static object? MissingValueOf(MissingValue missing, ValueKind kind) => missing switch
    {
        MissingValue.EmptyList => ValueLists.Empty(kind),
        MissingValue.EmptyText => "",
        _ => null,
    };

    /// <summary>Converts normalised text (the int, date, url and handle conversions; other values are the text).</summary>
    public static object? Convert(ParseContext context, ValueConversion conversion, string? text, SourceSpan span, string name, bool required) => conversion switch
    {
        ValueConversion.Int => context.ToInt(text, span, name, required),
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
        _ => Convert(context, field.Conversion, found.Text, context.Span(found), field.Name, field.ConversionRequired),
    };
}
