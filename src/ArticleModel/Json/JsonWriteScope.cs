using System;

namespace ArticleModel;

/// <summary>
/// The <see cref="ResultJsonOptions"/> in force on this thread while <see cref="ResultJson"/> writes a value. A value's
/// <c>WriteJson</c> (generated or interpreted) has no options parameter, so <see cref="Quote.WriteJson"/> reads them here;
/// writing is synchronous, so a thread-scoped setting covers exactly the one call.
/// </summary>
internal static class JsonWriteScope
{
    [ThreadStatic] private static ResultJsonOptions? t_current;

    /// <summary>The options of the write in progress on this thread, or the defaults.</summary>
    public static ResultJsonOptions Current => t_current ?? ResultJsonOptions.Default;

    /// <summary>Writes <paramref name="value"/> with <paramref name="options"/> in force, restoring the previous ones after.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, IJsonWritable value, ResultJsonOptions? options)
    {
        var previous = t_current;
        t_current = options ?? ResultJsonOptions.Default;
        try
        {
            value.WriteJson(writer);
        }
        finally
        {
            t_current = previous;
        }
    }
}
