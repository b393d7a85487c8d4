using System;
using System.Text.Json;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Calls the <see cref="ResultJson"/> writer the plan names, as the generated <c>WriteJson</c> does.</summary>
internal static class JsonWriting
{
    public static void Write(Utf8JsonWriter writer, string name, JsonWriterKind kind, object? value)
    {
        switch (kind)
        {
            case JsonWriterKind.String: ResultJson.WriteString(writer, name, (string?)value); break;
            case JsonWriterKind.Paragraph: ResultJson.WriteParagraph(writer, name, (Paragraph?)value); break;
            case JsonWriterKind.Int: ResultJson.WriteInt(writer, name, (int?)value); break;
            case JsonWriterKind.Date: ResultJson.WriteDate(writer, name, (DateTimeOffset?)value); break;
            case JsonWriterKind.Url: ResultJson.WriteUrl(writer, name, (Uri?)value); break;
            case JsonWriterKind.Object: ResultJson.WriteObject(writer, name, (IJsonWritable?)value); break;
            case JsonWriterKind.Strings: ResultJson.WriteStrings(writer, name, (ValueList<string>)value!); break;
            case JsonWriterKind.Paragraphs: ResultJson.WriteParagraphs(writer, name, (ValueList<Paragraph>)value!); break;
            case JsonWriterKind.Ints: ResultJson.WriteInts(writer, name, (ValueList<int>)value!); break;
            case JsonWriterKind.Dates: ResultJson.WriteDates(writer, name, (ValueList<DateTimeOffset>)value!); break;
            case JsonWriterKind.Urls: ResultJson.WriteUrls(writer, name, (ValueList<Uri>)value!); break;
            case JsonWriterKind.Objects:
                // The generated code's item type is Quote or the record; the interpreter's list says which.
                if (value is ValueList<Quote> quotes) ResultJson.WriteObjects(writer, name, quotes);
                else ResultJson.WriteObjects(writer, name, (ValueList<RecordValue>)value!);
                break;
        }
    }
}
