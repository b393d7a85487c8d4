using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Schema.Syntax;

/// <summary>
/// Recursive-descent parser for the schema grammar (see docs/schema-language.md). On a bad member it reports one
/// diagnostic and skips to the next <c>;</c>, <c>}</c> or member start, so every error in a file is reported in one pass.
/// </summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceText _source;
    private int _pos;

    private Parser(List<Token> tokens, SourceText source, DiagnosticBag diagnostics)
    {
        _tokens = tokens;
        _source = source;
        _diagnostics = diagnostics;
    }

    public static FileSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var tokens = Lexer.Lex(source, diagnostics);
        return new Parser(tokens, source, diagnostics).ParseFile();
    }

    // ---- token access ----

    /// <summary>The current significant token (doc comments before it are not consumed).</summary>
    private Token Current => Peek(0);

    /// <summary>The n-th significant token after the current one (doc comments skipped, nothing reported).</summary>
    private Token Peek(int n)
    {
        var i = _pos;
        while (_tokens[i].Kind == TokenKind.DocComment) i++;
        while (n > 0 && _tokens[i].Kind != TokenKind.EndOfFile)
        {
            i++;
            while (_tokens[i].Kind == TokenKind.DocComment) i++;
            n--;
        }
        return _tokens[i];
    }

    /// <summary>Consumes the current token; doc comments skipped on the way are reported as not attached.</summary>
    private Token Next()
    {
        SkipStrayDocs();
        var t = _tokens[_pos];
        if (t.Kind != TokenKind.EndOfFile) _pos++;
        if (t.IsBad) _suppress = true;
        return t;
    }

    /// <summary>
    /// Set once the current member consumed a token the lexer already reported (an unterminated string or regex
    /// swallows the rest of its line), so the parser's follow-on error for that member is not reported.
    /// </summary>
    private bool _suppress;

    private void SkipStrayDocs()
    {
        if (_tokens[_pos].Kind != TokenKind.DocComment) return;
        var first = _tokens[_pos];
        var last = first;
        while (_tokens[_pos].Kind == TokenKind.DocComment) last = _tokens[_pos++];
        _diagnostics.Add(SchemaDiagnosticIds.OrphanDocComment, _source.Span(first.Range, last.Range), _tokens[_pos].Describe());
    }

    /// <summary>Consumes the doc comments at the current position; null when there are none.</summary>
    private string? TakeDocs(out TextRange range)
    {
        range = default;
        if (_tokens[_pos].Kind != TokenKind.DocComment) return null;
        var first = _tokens[_pos];
        var last = first;
        var sb = new StringBuilder();
        while (_tokens[_pos].Kind == TokenKind.DocComment)
        {
            last = _tokens[_pos++];
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(last.Value);
        }
        range = _source.Span(first.Range, last.Range);
        return sb.ToString();
    }

    private void OrphanDocs(string? doc, TextRange range)
    {
        if (doc != null) _diagnostics.Add(SchemaDiagnosticIds.OrphanDocComment, range, Current.Describe());
    }

    private void Expected(string what, Token found)
    {
        if (!_suppress) _diagnostics.Add(SchemaDiagnosticIds.ExpectedToken, found.Range, what, found.Describe());
    }

    private bool IsDeclarationStart(int n) =>
        (Peek(n).Is("article") || Peek(n).Is("record")) && Peek(n + 1).Kind == TokenKind.Identifier;

    private static bool IsReserved(string name) => name is "namespace" or "article" or "record" or "drop";

    // ---- file and declarations ----

    private FileSyntax ParseFile()
    {
        var file = new FileSyntax();
        var sawDeclaration = false;
        while (true)
        {
            var doc = TakeDocs(out var docRange);
            var t = Current;
            if (t.Kind == TokenKind.EndOfFile)
            {
                OrphanDocs(doc, docRange);
                break;
            }
            if (t.Is("namespace"))
            {
                OrphanDocs(doc, docRange);
                var ns = ParseNamespace();
                if (file.Namespace == null && !sawDeclaration)
                {
                    file.Namespace = ns;
                }
                else
                {
                    _diagnostics.Add(SchemaDiagnosticIds.MisplacedNamespace, ns.Keyword.Range,
                        file.Namespace != null ? "appears more than once" : "appears after a declaration");
                }
                continue;
            }
            if (t.Is("article") || t.Is("record"))
            {
                sawDeclaration = true;
                file.Declarations.Add(ParseDeclaration(doc));
                continue;
            }
            OrphanDocs(doc, docRange);
            _diagnostics.Add(SchemaDiagnosticIds.ExpectedDeclaration, t.Range, t.Describe());
            SkipToDeclaration();
        }
        return file;
    }

    private void SkipToDeclaration()
    {
        var depth = 0;
        var first = true;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            var t = Current;
            if (!first && depth == 0 && (IsDeclarationStart(0) || t.Is("namespace"))) return;
            first = false;
            if (t.Kind == TokenKind.OpenBrace) depth++;
            else if (t.Kind == TokenKind.CloseBrace && depth > 0) depth--;
            Next();
        }
    }

    private NamespaceSyntax ParseNamespace()
    {
        var ns = new NamespaceSyntax(Next());
        while (true)
        {
            var t = Current;
            if (t.Kind != TokenKind.Identifier)
            {
                Expected("a namespace name (Name or Name.Name)", t);
                ns.HasErrors = true;
                SkipPast(TokenKind.Semicolon);
                return ns;
            }
            if (IsReserved(t.Text))
            {
                _diagnostics.Add(SchemaDiagnosticIds.KeywordAsName, t.Range, t.Text, "a namespace");
                ns.HasErrors = true;
            }
            ns.Parts.Add(Next());
            if (Current.Kind == TokenKind.Dot)
            {
                Next();
                continue;
            }
            break;
        }
        if (Current.Kind == TokenKind.Semicolon)
        {
            Next();
        }
        else
        {
            Expected("';' after the namespace name", Current);
            ns.HasErrors = true;
            SkipPast(TokenKind.Semicolon);
        }
        return ns;
    }

    /// <summary>Skips to just past <paramref name="kind"/>, stopping early at a declaration start or end of file.</summary>
    private void SkipPast(TokenKind kind)
    {
        while (Current.Kind != TokenKind.EndOfFile && !IsDeclarationStart(0))
        {
            if (Next().Kind == kind) return;
        }
    }

    private DeclarationSyntax ParseDeclaration(string? doc)
    {
        var decl = new DeclarationSyntax(Next(), doc);
        var kindName = decl.Keyword.Text;
        var name = Current;
        if (name.Kind == TokenKind.Identifier && Peek(1).Kind != TokenKind.Colon)
        {
            Next();
            if (IsReserved(name.Text))
            {
                _diagnostics.Add(SchemaDiagnosticIds.KeywordAsName, name.Range, name.Text, kindName == "article" ? "an article" : "a record");
                decl.HasErrors = true;
            }
            else
            {
                decl.Name = name;
            }
        }
        else
        {
            Expected("a name after '" + kindName + "'", name);
            decl.HasErrors = true;
        }
        var title = kindName + " '" + (decl.Name?.Text ?? "?") + "'";
        if (Current.Kind == TokenKind.OpenBrace)
        {
            Next();
        }
        else
        {
            Expected("'{' to open " + title, Current);
            decl.HasErrors = true;
            // Go on as if it were there when members follow; otherwise give up on this declaration.
            if (!(Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Colon))
            {
                SkipToDeclaration();
                return decl;
            }
        }
        while (true)
        {
            var memberDoc = TakeDocs(out var docRange);
            var t = Current;
            if (t.Kind == TokenKind.CloseBrace)
            {
                OrphanDocs(memberDoc, docRange);
                Next();
                return decl;
            }
            if (t.Kind == TokenKind.EndOfFile || IsDeclarationStart(0))
            {
                OrphanDocs(memberDoc, docRange);
                Expected("'}' to close " + title, t);
                return decl;
            }
            var before = _pos;
            if (IsJsonLdStart())
            {
                decl.JsonLd.Add(ParseJsonLd(memberDoc));
                if (_pos == before) Next();
                continue;
            }
            if (IsLayoutStart())
            {
                OrphanDocs(memberDoc, docRange);
                decl.Layouts.Add(ParseLayout());
                if (_pos == before) Next();
                continue;
            }
            var member = ParseMember(memberDoc);
            if (member != null) decl.Members.Add(member);
            if (_pos == before) Next();
        }
    }

    // ---- members ----

    private bool IsMemberStart(int n)
    {
        var t = Peek(n);
        if (t.Kind != TokenKind.Identifier) return false;
        var next = Peek(n + 1);
        return next.Kind == TokenKind.Colon || (t.Text == "drop" && next.Kind == TokenKind.At) || IsJsonLdStart(n) || IsLayoutStart(n);
    }

    private MemberSyntax? ParseMember(string? doc)
    {
        _suppress = false;
        var t = Current;
        if (t.Is("drop") && Peek(1).Kind != TokenKind.Colon)
        {
            var drop = new DropSyntax(Next(), doc);
            if (Current.Kind != TokenKind.At)
            {
                Expected("a locator ('@blocks(...)', '@match(/.../)', ...) after 'drop'", Current);
                drop.HasErrors = true;
                Sync(0);
                return drop;
            }
            if (!ParseLocators(drop)) return drop;
            if (!ParseTransforms(drop)) return drop;
            EndMember(drop);
            return drop;
        }
        if (t.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.Colon)
        {
            var found = t.Kind == TokenKind.Identifier ? Peek(1) : t;
            if (t.Kind == TokenKind.Identifier)
                Expected("':' after field name '" + t.Text + "'", found);
            else
                _diagnostics.Add(SchemaDiagnosticIds.ExpectedMember, t.Range, t.Describe());
            Sync(0);
            return null;
        }
        var field = new FieldSyntax(Next(), doc);
        if (IsReserved(field.Name.Text) && field.Name.Text != "drop")
        {
            _diagnostics.Add(SchemaDiagnosticIds.KeywordAsName, field.Name.Range, field.Name.Text, "a field");
            field.HasErrors = true;
        }
        Next(); // ':'
        var typeName = Current;
        if (typeName.Kind != TokenKind.Identifier || IsMemberStart(0))
        {
            _diagnostics.Add(SchemaDiagnosticIds.ExpectedType, typeName.Range, typeName.Describe());
            field.HasErrors = true;
            Sync(0);
            return field;
        }
        var type = new TypeSyntax(Next());
        type.Last = type.Name;
        if (Current.Kind == TokenKind.OpenBracket)
        {
            type.OpenBracket = Next();
            if (Current.Kind != TokenKind.CloseBracket)
            {
                Expected("']' after '['", Current);
                field.HasErrors = true;
                field.Type = type;
                Sync(0);
                return field;
            }
            type.Last = Next();
        }
        if (Current.Kind == TokenKind.Question)
        {
            type.Question = Next();
            type.Last = type.Question;
        }
        field.Type = type;
        if (!ParseLocators(field)) return field;
        if (!ParseTransforms(field)) return field;
        EndMember(field);
        return field;
    }

    /// <summary>After a member: an optional ';', else the next member or '}' must follow.</summary>
    private void EndMember(MemberSyntax member)
    {
        var t = Current;
        if (t.Kind == TokenKind.Semicolon)
        {
            Next();
            return;
        }
        if (t.Kind is TokenKind.CloseBrace or TokenKind.EndOfFile || IsMemberStart(0) || IsDeclarationStart(0)) return;
        Expected("a locator ('@name(...)'), a transform ('| trim(\" \")'), ';' or the next field", t);
        member.HasErrors = true;
        Sync(0);
    }

    private bool ParseLocators(MemberSyntax member)
    {
        while (Current.Kind == TokenKind.At)
        {
            var at = Next();
            var name = Current;
            if (name.Kind != TokenKind.Identifier)
            {
                Expected("a locator name after '@' (line, block, blocks, match, quotes)", name);
                member.HasErrors = true;
                Sync(0);
                return false;
            }
            Next();
            if (Current.Kind != TokenKind.OpenParen)
            {
                Expected("'(' after '@" + name.Text + "'", Current);
                member.HasErrors = true;
                Sync(0);
                return false;
            }
            Next();
            var locator = new LocatorSyntax(at, name);
            if (Current.Kind == TokenKind.CloseParen)
            {
                locator.Close = Next();
                member.Locators.Add(locator);
                continue;
            }
            while (true)
            {
                var argument = new ArgumentSyntax();
                if (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Colon)
                {
                    argument.Name = Next();
                    Next();
                }
                if (!ParseValue(argument, member)) return false;
                while (Current.Kind == TokenKind.Pipe)
                {
                    Next();
                    if (!ParseValue(argument, member)) return false;
                }
                locator.Arguments.Add(argument);
                if (Current.Kind == TokenKind.Comma)
                {
                    Next();
                    continue;
                }
                if (Current.Kind == TokenKind.CloseParen)
                {
                    locator.Close = Next();
                    break;
                }
                Expected("',' or ')' in '@" + name.Text + "(...)'", Current);
                member.HasErrors = true;
                Sync(1);
                return false;
            }
            member.Locators.Add(locator);
        }
        return true;
    }

    private bool ParseValue(ArgumentSyntax argument, MemberSyntax member)
    {
        var t = Current;
        if (t.Kind is TokenKind.Integer or TokenKind.Regex or TokenKind.String or TokenKind.Identifier)
        {
            argument.Values.Add(Next());
            return true;
        }
        if (!_suppress) _diagnostics.Add(SchemaDiagnosticIds.ExpectedValue, t.Range, t.Describe());
        member.HasErrors = true;
        Sync(1);
        return false;
    }

    /// <summary>
    /// Error recovery: skips tokens up to the next ';' (consumed), '}', doc comment, member start or declaration
    /// start. Inside parentheses (<paramref name="depth"/> &gt; 0) a member start counts only at the start of a line,
    /// because 'name:' is also how arguments are written.
    /// </summary>
    private void Sync(int depth)
    {
        var previousLine = _pos > 0 ? _tokens[_pos - 1].Range.EndLine : -1;
        while (true)
        {
            var t = _tokens[_pos];
            if (t.Kind is TokenKind.EndOfFile or TokenKind.CloseBrace or TokenKind.DocComment) return;
            if (t.Kind == TokenKind.Semicolon)
            {
                _pos++;
                return;
            }
            var firstOnLine = t.Range.StartLine != previousLine;
            if ((depth == 0 || firstOnLine) && (IsMemberStart(0) || IsDeclarationStart(0))) return;
            if (t.Kind == TokenKind.OpenParen) depth++;
            else if (t.Kind == TokenKind.CloseParen && depth > 0) depth--;
            previousLine = t.Range.EndLine;
            _pos++;
        }
    }
}
