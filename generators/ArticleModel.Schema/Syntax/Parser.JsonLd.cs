namespace ArticleModel.Schema.Syntax;

// The JSON-LD block of an article: 'jsonld' TYPE '{' (PROPERTY ':' SOURCE ('{' … '}')? ';'?)* '}'.
// 'jsonld' is a keyword only there: a field may still be named jsonld ('jsonld : text @line(3)').
internal sealed partial class Parser
{
    /// <summary>
    /// How deep braces may nest in a jsonld block: the block, a node, a node inside it (a Person's worksFor). Deeper
    /// nesting means nothing in the vocabulary and would make the recursive parser's stack depth the input's to choose.
    /// </summary>
    private const int MaxJsonLdDepth = 4;

    /// <summary>Whether a JSON-LD block starts at the n-th token: <c>jsonld Name {</c>.</summary>
    private bool IsJsonLdStart(int n = 0) =>
        Peek(n).Is("jsonld") && Peek(n + 1).Kind == TokenKind.Identifier && Peek(n + 2).Kind == TokenKind.OpenBrace;

    private JsonLdSyntax ParseJsonLd(string? doc)
    {
        _suppress = false;
        var block = new JsonLdSyntax(Next(), doc);
        block.Type = Next();
        Next(); // '{'
        ParseJsonLdProperties(block, block.Properties, depth: 1);
        return block;
    }

    /// <summary>
    /// Properties up to and including the closing '}' (<paramref name="depth"/> braces are open); on anything else it
    /// reports one error, skips past the block and returns false.
    /// </summary>
    private bool ParseJsonLdProperties(JsonLdSyntax block, System.Collections.Generic.List<JsonLdPropertySyntax> into, int depth)
    {
        var nested = depth > 1;
        while (true)
        {
            var doc = TakeDocs(out var docRange);
            OrphanDocs(doc, docRange);
            var t = Current;
            if (t.Kind == TokenKind.CloseBrace)
            {
                Next();
                return true;
            }
            if (t.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.Colon)
            {
                Expected(nested
                    ? "a node property ('name: member') or '}' to close the member map"
                    : "a schema.org property ('headline: field') or '}' to close the jsonld block", t);
                return Fail(block, depth);
            }
            var property = new JsonLdPropertySyntax(Next());
            Next(); // ':'
            if (Current.Kind == TokenKind.OpenBrace && depth >= MaxJsonLdDepth)
            {
                Expected("a field name, 'field.member' or a string (member maps nest at most " + (MaxJsonLdDepth - 1) + " deep)", Current);
                return Fail(block, depth);
            }
            if (Current.Kind == TokenKind.OpenBrace)
            {
                // A node from the article's fields: 'author: { name: author; jobTitle: role }'.
                property.OpenBrace = Next();
                if (!ParseJsonLdProperties(block, property.Members, depth + 1)) return false;
                into.Add(property);
                if (Current.Kind is TokenKind.Semicolon or TokenKind.Comma) Next();
                continue;
            }
            var source = Current;
            if (source.Kind is not (TokenKind.Identifier or TokenKind.String))
            {
                Expected("a field name, 'field.member', a string or '{' after '" + property.Name.Text + ":'", source);
                return Fail(block, depth);
            }
            property.Source = Next();
            if (source.Kind == TokenKind.Identifier && Current.Kind == TokenKind.Dot)
            {
                Next();
                if (Current.Kind != TokenKind.Identifier)
                {
                    Expected("a member name after '" + source.Text + ".'", Current);
                    return Fail(block, depth);
                }
                property.Member = Next();
            }
            if (Current.Kind == TokenKind.OpenBrace && depth >= MaxJsonLdDepth)
            {
                Expected("';' or the next property (member maps nest at most " + (MaxJsonLdDepth - 1) + " deep)", Current);
                return Fail(block, depth);
            }
            if (Current.Kind == TokenKind.OpenBrace)
            {
                property.OpenBrace = Next();
                if (!ParseJsonLdProperties(block, property.Members, depth + 1)) return false;
            }
            into.Add(property);
            if (Current.Kind is TokenKind.Semicolon or TokenKind.Comma) Next();
        }
    }

    private bool Fail(JsonLdSyntax block, int depth)
    {
        block.HasErrors = true;
        SkipJsonLdBlock(depth);
        return false;
    }

    /// <summary>Error recovery: skips to just past the '}' that closes the block, or to a declaration start or end of file.</summary>
    private void SkipJsonLdBlock(int depth)
    {
        while (Current.Kind != TokenKind.EndOfFile && !IsDeclarationStart(0))
        {
            var t = Next();
            if (t.Kind == TokenKind.OpenBrace) depth++;
            else if (t.Kind == TokenKind.CloseBrace && --depth == 0) return;
        }
    }
}
