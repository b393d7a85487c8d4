using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleModel.Schema.Syntax;

/// <summary>
/// Turns schema text into tokens. White space and <c>//</c> comments are skipped; <c>///</c> comments become
/// <see cref="TokenKind.DocComment"/> tokens. A <c>/</c> starts a regex literal only after <c>(</c>, <c>,</c>,
/// <c>:</c> or <c>|</c>. Never throws; problems become diagnostics.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Token> _tokens = new();
    private int _pos;
    private TokenKind? _lastSignificant;

    private Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    public static List<Token> Lex(SourceText source, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(source, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private static bool IsIdentStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    private static bool IsIdentPart(char c) => IsIdentStart(c) || (c >= '0' && c <= '9');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsNewline(char c) => c == '\n' || c == '\r';

    private void Run()
    {
        var strayStart = -1;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (IsStartOfToken(c))
            {
                FlushStray(ref strayStart);
                LexOne();
            }
            else
            {
                if (strayStart < 0) strayStart = _pos;
                _pos++;
            }
        }
        FlushStray(ref strayStart);
        Add(TokenKind.EndOfFile, _text.Length, 0, string.Empty);
    }

    private bool IsStartOfToken(char c) =>
        char.IsWhiteSpace(c) || IsIdentStart(c) || IsDigit(c) || c == '"' || c == '/' || "{}():;,?[]@|.".IndexOf(c) >= 0
        || (c == '-' && IsDigit(At(_pos + 1)));

    private void FlushStray(ref int strayStart)
    {
        if (strayStart < 0) return;
        var text = _text.Substring(strayStart, _pos - strayStart);
        _diagnostics.Add(SchemaDiagnosticIds.UnexpectedCharacter, _source.Range(strayStart, _pos - strayStart), text);
        strayStart = -1;
    }

    private Token Add(TokenKind kind, int start, int length, string value)
    {
        var token = new Token(kind, _text.Substring(start, length), value, _source.Range(start, length));
        _tokens.Add(token);
        if (kind != TokenKind.DocComment) _lastSignificant = kind;
        return token;
    }

    private void LexOne()
    {
        var start = _pos;
        var c = _text[_pos];
        if (char.IsWhiteSpace(c))
        {
            _pos++;
            return;
        }
        if (c == '/')
        {
            if (At(_pos + 1) == '/')
            {
                LexComment();
                return;
            }
            var regexAllowed = _lastSignificant is TokenKind.OpenParen or TokenKind.Comma or TokenKind.Colon or TokenKind.Pipe;
            LexRegex(regexAllowed);
            return;
        }
        if (IsIdentStart(c))
        {
            while (IsIdentPart(At(_pos))) _pos++;
            var text = _text.Substring(start, _pos - start);
            Add(TokenKind.Identifier, start, _pos - start, text);
            return;
        }
        if (IsDigit(c) || c == '-')
        {
            _pos++;
            while (IsDigit(At(_pos))) _pos++;
            var text = _text.Substring(start, _pos - start);
            var token = Add(TokenKind.Integer, start, _pos - start, text);
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                token.IntValue = value;
            else
            {
                _diagnostics.Add(SchemaDiagnosticIds.IntegerOutOfRange, token.Range, text);
                token.IsBad = true;
            }
            return;
        }
        if (c == '"')
        {
            LexString();
            return;
        }
        _pos++;
        var kind = c switch
        {
            '{' => TokenKind.OpenBrace,
            '}' => TokenKind.CloseBrace,
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            ':' => TokenKind.Colon,
            ';' => TokenKind.Semicolon,
            ',' => TokenKind.Comma,
            '?' => TokenKind.Question,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            '@' => TokenKind.At,
            '|' => TokenKind.Pipe,
            _ => TokenKind.Dot,
        };
        Add(kind, start, 1, c.ToString());
    }

    private void LexComment()
    {
        var start = _pos;
        var end = _pos;
        while (end < _text.Length && !IsNewline(_text[end])) end++;
        _pos = end;
        // '///' is a doc comment; '////' and longer are ordinary comments.
        if (end - start >= 3 && _text[start + 2] == '/' && (end - start == 3 || _text[start + 3] != '/'))
        {
            var content = _text.Substring(start + 3, end - start - 3);
            if (content.StartsWith(" ", System.StringComparison.Ordinal)) content = content.Substring(1);
            content = content.TrimEnd();
            Add(TokenKind.DocComment, start, end - start, content);
        }
    }

    private void LexString()
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            var c = At(_pos);
            if (_pos >= _text.Length || IsNewline(c))
            {
                _diagnostics.Add(SchemaDiagnosticIds.UnterminatedString, _source.Range(start, _pos - start));
                Add(TokenKind.String, start, _pos - start, sb.ToString()).IsBad = true;
                return;
            }
            if (c == '"')
            {
                _pos++;
                Add(TokenKind.String, start, _pos - start, sb.ToString());
                return;
            }
            if (c == '\\' && (At(_pos + 1) == '"' || At(_pos + 1) == '\\'))
            {
                sb.Append(At(_pos + 1));
                _pos += 2;
                continue;
            }
            sb.Append(c);
            _pos++;
        }
    }

    /// <summary>
    /// Whether the slash at <paramref name="slash"/> closes a regex literal: it does when its flags (letters) are
    /// followed by something that can follow a value — the end of the line, white space, a comment, or one of
    /// <c>) ] , ; } |</c>. Any other slash is taken as an unescaped '/' inside the pattern.
    /// </summary>
    private bool EndsRegex(int slash)
    {
        var q = slash + 1;
        while (IsIdentStart(At(q))) q++;
        var next = At(q);
        if (q >= _text.Length || IsNewline(next) || next == ' ' || next == '\t') return true;
        if (next == '/' && At(q + 1) == '/') return true;
        return ")],;}|".IndexOf(next) >= 0;
    }

    private void LexRegex(bool allowed)
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        var inClass = false;
        var classStart = -1;
        var terminated = false;
        var unescapedSlash = -1;
        while (_pos < _text.Length && !IsNewline(_text[_pos]))
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                var next = At(_pos + 1);
                if (next == '/')
                {
                    sb.Append('/');
                    _pos += 2;
                    continue;
                }
                if (_pos + 1 < _text.Length && !IsNewline(next))
                {
                    sb.Append(c).Append(next);
                    _pos += 2;
                    continue;
                }
                sb.Append(c);
                _pos++;
                continue;
            }
            if (inClass)
            {
                // ']' right after '[' or '[^' is a literal in .NET.
                if (c == ']' && _pos != classStart) inClass = false;
                sb.Append(c);
                _pos++;
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                classStart = _pos + 1;
                if (At(classStart) == '^') classStart++;
                sb.Append(c);
                _pos++;
                continue;
            }
            if (c == '/')
            {
                if (!EndsRegex(_pos))
                {
                    // A slash the user meant as part of the pattern: one error for the literal, and the literal goes
                    // on to its real end so the rest of the line does not turn into a cascade of errors.
                    if (unescapedSlash < 0) unescapedSlash = _pos;
                    sb.Append(c);
                    _pos++;
                    continue;
                }
                _pos++;
                terminated = true;
                break;
            }
            sb.Append(c);
            _pos++;
        }
        if (allowed && unescapedSlash >= 0)
            _diagnostics.Add(SchemaDiagnosticIds.UnescapedSlashInRegex, _source.Range(unescapedSlash, 1));
        var flagsStart = _pos;
        if (terminated)
        {
            while (IsIdentPart(At(_pos))) _pos++;
        }
        if (!allowed)
        {
            // Skipped as a whole so that one misplaced literal gives one diagnostic.
            _diagnostics.Add(SchemaDiagnosticIds.MisplacedRegex, _source.Range(start, _pos - start));
            return;
        }
        if (!terminated)
            _diagnostics.Add(SchemaDiagnosticIds.UnterminatedRegex, _source.Range(start, _pos - start));
        var token = Add(TokenKind.Regex, start, _pos - start, sb.ToString());
        token.Flags = terminated ? _text.Substring(flagsStart, _pos - flagsStart) : string.Empty;
        token.FlagsStart = flagsStart;
        token.IsBad = !terminated;
    }
}
