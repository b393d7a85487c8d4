using System;
using System.IO;
using ArticleModel.Interpreter;

namespace ArticleModel.Sites;

/// <summary>The built-in WebArticle schema, interpreted from the text the HTML package compiles (embedded in this package).</summary>
internal static class WebArticleSchema
{
    private static readonly Lazy<InterpretedParser> s_parser = new(Load);

    /// <summary>The interpreted WebArticle parser.</summary>
    public static InterpretedParser Parser => s_parser.Value;

    private static InterpretedParser Load()
    {
        using var stream = typeof(WebArticleSchema).Assembly.GetManifestResourceStream("WebArticle.article")
            ?? throw new InvalidOperationException("the package was built without its WebArticle.article resource");
        using var reader = new StreamReader(stream);
        var schema = InterpretedSchema.Load(reader.ReadToEnd(), "WebArticle.article");
        if (schema.HasErrors) throw new InvalidOperationException("the built-in WebArticle schema has errors: " + string.Join("; ", schema.Diagnostics));
        return schema.GetParser("WebArticle");
    }
}
