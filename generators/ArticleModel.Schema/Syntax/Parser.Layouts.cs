namespace ArticleModel.Schema.Syntax;

// An article's layout blocks: 'layout' STRING ('until' STRING)? '{' (FIELD ':' LOCATORS TRANSFORMS ';'?)* '}'.
// 'layout' is a keyword only there: a field may still be named layout ('layout : text @line(3)').
internal sealed partial class Parser
{
    /// <summary>Whether a layout block starts at the n-th token: <c>layout "name"</c>.</summary>
    private bool IsLayoutStart(int n = 0) => Peek(n).Is("layout") && Peek(n + 1).Kind == TokenKind.String;

    private LayoutSyntax ParseLayout()
    {
        _suppress = false;
        var layout = new LayoutSyntax(Next()) { Name = Next() };
        var title = "layout " + layout.Name.Text;
        if (Current.Is("until"))
        {
            Next();
            if (Current.Kind == TokenKind.String) layout.Until = Next();
            else
            {
                Expected("the last day of the layout as a string after 'until', as in until \"2024-02-29\"", Current);
                layout.HasErrors = true;
            }
        }
        if (Current.Kind != TokenKind.OpenBrace)
        {
            Expected("'{' to open " + title, Current);
            layout.HasErrors = true;
            layout.End = Current;
            Sync(0);
            return layout;
        }
        Next();
        while (true)
        {
            var doc = TakeDocs(out var docRange);
            OrphanDocs(doc, docRange);
            var t = Current;
            if (t.Kind == TokenKind.CloseBrace)
            {
                layout.End = Next();
                return layout;
            }
            if (t.Kind == TokenKind.EndOfFile || IsDeclarationStart(0))
            {
                Expected("'}' to close " + title, t);
                layout.HasErrors = true;
                layout.End = t;
                return layout;
            }
            var before = _pos;
            if (t.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.Colon)
            {
                Expected("a field and its locators ('title : @css(\"h1\")') or '}' to close " + title, t);
                layout.HasErrors = true;
                Sync(0);
                if (_pos == before) Next();
                continue;
            }
            var field = new FieldSyntax(Next(), null);
            Next(); // ':'
            if (Current.Kind == TokenKind.Identifier && !IsMemberStart(0))
            {
                // A type: the layout changes where the field is found, never what it is.
                var type = Next();
                _diagnostics.Add(SchemaDiagnosticIds.TypeInLayoutField, type.Range, field.Name.Text, type.Text);
                field.HasErrors = true;
                if (Current.Kind == TokenKind.OpenBracket) Next();
                if (Current.Kind == TokenKind.CloseBracket) Next();
                if (Current.Kind == TokenKind.Question) Next();
            }
            if (Current.Kind != TokenKind.At)
            {
                Expected("a locator ('@css(\"…\")', '@line(1)', …) after '" + field.Name.Text + ":'", Current);
                field.HasErrors = true;
                layout.Fields.Add(field);
                Sync(0);
                if (_pos == before) Next();
                continue;
            }
            if (ParseLocators(field) && ParseTransforms(field)) EndMember(field);
            layout.Fields.Add(field);
            if (_pos == before) Next();
        }
    }
}
