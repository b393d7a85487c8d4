namespace ArticleModel.Schema.Syntax;

/// <summary>The kinds of token.</summary>
internal enum TokenKind
{
    EndOfFile,
    Identifier,
    Integer,
    String,
    Regex,
    DocComment,
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    Colon,
    Semicolon,
    Comma,
    Question,
    OpenBracket,
    CloseBracket,
    At,
    Pipe,
    Dot,
}

/// <summary>
/// A token. <see cref="Value"/> is the identifier text, the unescaped string, the regex pattern (without slashes,
/// <c>\/</c> unescaped) or the doc comment text; <see cref="Flags"/> the regex flags as written.
/// </summary>
internal sealed class Token
{
    public Token(TokenKind kind, string text, string value, TextRange range)
    {
        Kind = kind;
        Text = text;
        Value = value;
        Range = range;
    }

    public TokenKind Kind { get; }

    /// <summary>The source text of the token.</summary>
    public string Text { get; }

    public string Value { get; }

    public TextRange Range { get; }

    /// <summary>For integers: the value (0 when out of range, which the lexer reports).</summary>
    public int IntValue { get; set; }

    /// <summary>For regexes: the flags written after the closing slash.</summary>
    public string Flags { get; set; } = string.Empty;

    /// <summary>For regexes: the offset of the first flag character.</summary>
    public int FlagsStart { get; set; }

    /// <summary>An error was already reported while lexing it (unterminated string or regex, integer out of range).</summary>
    public bool IsBad { get; set; }

    /// <summary>True for an identifier with this exact text.</summary>
    public bool Is(string keyword) => Kind == TokenKind.Identifier && Text == keyword;

    /// <summary>The token as a message shows it: <c>'text'</c>, <c>end of file</c>.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.DocComment => "a '///' comment",
        TokenKind.Regex => "regex /" + Shorten(Value) + "/" + Flags,
        TokenKind.String => "string " + Shorten(Text),
        TokenKind.Integer => "integer " + Text,
        TokenKind.Identifier => "'" + Text + "'",
        _ => "'" + Text + "'",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";

    public override string ToString() => Kind + " " + Text;
}
