// Shared source: compiled into the HTML runtime (ArticleModel.Html) and into the schema compiler (ArticleModel.Schema),
// which checks an @xpath expression at build time with exactly the rules the runtime applies. Keep it dependency-free
// (System.Xml.XPath is part of netstandard2.0).
using System;
using System.Xml;
using System.Xml.XPath;
using System.Xml.Xsl;

namespace ArticleModel.XPathExpressionRules;

/// <summary>
/// Compiles an XPath 1.0 expression with .NET's own engine the way <c>@xpath</c> runs it over an HTML page: the core
/// function library only (no variables, no extension functions), names without namespace prefixes (HTML names have
/// none), bounded in length and nesting. A number or boolean result is compiled as its <c>string()</c>, so every
/// expression gives a node-set or a string.
/// </summary>
internal static class XPathExpressions
{
    /// <summary>The longest expression accepted.</summary>
    public const int MaxLength = 4000;

    /// <summary>The deepest nesting of parentheses and brackets accepted (keeps the engine's recursive parser shallow).</summary>
    public const int MaxNesting = 64;

    /// <summary>The XPath 1.0 core functions, for did-you-mean suggestions.</summary>
    public static readonly string[] Functions =
    {
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
        "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
    };

    /// <summary>
    /// Compiles <paramref name="text"/>; on failure <paramref name="error"/> says why (the engine's message, or which
    /// function, variable or prefix is not available) and <paramref name="unknownFunction"/> names an unknown function.
    /// Never throws.
    /// </summary>
    public static XPathExpression? TryCompile(string text, out string? error, out string? unknownFunction)
    {
        unknownFunction = null;
        error = Precheck(text);
        if (error is not null) return null;
        try
        {
            var expression = XPathExpression.Compile(text);
            // Resolve every function, variable and prefix now, against a context that has none beyond the core library,
            // so a mistake is found here rather than on the first page that reaches it.
            var probe = new ProbeContext();
            try
            {
                expression.SetContext(probe);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                unknownFunction = probe.UnknownFunction;
                error = probe.Problem ?? e.Message.TrimEnd('.');
                return null;
            }
            // A fresh compilation without the probe context is what runs; a number or boolean gives its string value.
            expression = XPathExpression.Compile(text);
            if (expression.ReturnType is XPathResultType.Number or XPathResultType.Boolean)
            {
                expression = XPathExpression.Compile("string(" + text + ")");
            }
            return expression;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e.Message.TrimEnd('.');
            return null;
        }
    }

    // Length and nesting, before the engine sees the text (its parser recurses once per nesting level).
    private static string? Precheck(string text)
    {
        if (text is null || text.Trim().Length == 0) return "the expression is empty";
        if (text.Length > MaxLength) return "the expression is " + text.Length + " characters long, more than the " + MaxLength + " allowed";
        var depth = 0;
        char quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '\'':
                case '"':
                    quote = c;
                    break;
                case '(':
                case '[':
                    if (++depth > MaxNesting) return "parentheses and brackets nest more than " + MaxNesting + " deep";
                    break;
                case ')':
                case ']':
                    depth--;
                    break;
            }
        }
        return null;
    }

    // Resolves nothing: every extension function, variable and namespace prefix is a mistake in an @xpath expression.
    private sealed class ProbeContext : XsltContext
    {
        public ProbeContext()
            : base(new NameTable())
        {
        }

        public string? Problem { get; private set; }

        public string? UnknownFunction { get; private set; }

        public override bool Whitespace => true;

        public override string? LookupNamespace(string prefix)
        {
            if (prefix.Length == 0) return string.Empty;
            Problem = "the prefix '" + prefix + ":' names a namespace, and HTML names have none (write the name without it, or use local-name() = '…')";
            throw new XPathException(Problem);
        }

        public override IXsltContextFunction ResolveFunction(string prefix, string name, XPathResultType[] argTypes)
        {
            if (prefix.Length == 0) UnknownFunction = name;
            Problem = "'" + (prefix.Length == 0 ? name : prefix + ":" + name) + "()' is not an XPath 1.0 function";
            throw new XPathException(Problem);
        }

        public override IXsltContextVariable ResolveVariable(string prefix, string name)
        {
            Problem = "the variable '$" + (prefix.Length == 0 ? name : prefix + ":" + name) + "' has no value (@xpath expressions take none)";
            throw new XPathException(Problem);
        }

        public override bool PreserveWhitespace(XPathNavigator node) => true;

        public override int CompareDocument(string baseUri, string nextbaseUri) => 0;
    }
}
