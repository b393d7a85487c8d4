using System;
using System.Text.Json;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Calls the <see cref="JsonFieldWriter"/> writer the plan names, as the generated <c>WriteJson</c> does.</summary>
internal static class JsonWriting
{
    public static void Write(Utf8JsonWriter writer, string name, JsonWriterKind kind, object? value)
    {
        switch (kind)
        {
            case JsonWriterKind.String: JsonFieldWriter.WriteString(writer, name, (string?)value); break;
            case JsonWriterKind.Paragraph: JsonFieldWriter.WriteParagraph(writer, name, (Paragraph?)value); break;
            case JsonWriterKind.Int: JsonFieldWriter.WriteInt(writer, name, (int?)value); break;
            case JsonWriterKind.Date: JsonFieldWriter.WriteDate(writer, name, (ArticleDate?)value); break;
            case JsonWriterKind.Url: JsonFieldWriter.WriteUrl(writer, name, (Uri?)value); break;
            case JsonWriterKind.Object: JsonFieldWriter.WriteObject(writer, name, (IJsonWritable?)value); break;
            case JsonWriterKind.Strings: JsonFieldWriter.WriteStrings(writer, name, (ValueList<string>)value!); break;
            case JsonWriterKind.Paragraphs: JsonFieldWriter.WriteParagraphs(writer, name, (ValueList<Paragraph>)value!); break;
            case JsonWriterKind.Ints: JsonFieldWriter.WriteInts(writer, name, (ValueList<int>)value!); break;
            case JsonWriterKind.Dates: JsonFieldWriter.WriteDates(writer, name, (ValueList<ArticleDate>)value!); break;
            case JsonWriterKind.Urls: JsonFieldWriter.WriteUrls(writer, name, (ValueList<Uri>)value!); break;
            case JsonWriterKind.Objects:
                // The generated code's item type is Quote or the record; the interpreter's list says which.
                if (value is ValueList<Quote> quotes) JsonFieldWriter.WriteObjects(writer, name, quotes);
                else JsonFieldWriter.WriteObjects(writer, name, (ValueList<RecordValue>)value!);
                break;
        }
    }
}
