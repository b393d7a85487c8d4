using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class LexerTests
{
    private static (List<Token> Tokens, IReadOnlyList<SchemaDiagnostic> Diagnostics) Lex(string text)
    {
        var source = new SourceText("t.article", text);
        var bag = new DiagnosticBag(source);
        var tokens = Lexer.Lex(source, bag);
        return (tokens, bag.Items);
    }

    private static string Kinds(string text) => string.Join(" ", Lex(text).Tokens.Select(t => t.Kind.ToString()));

    [Fact]
    public void Punctuation_identifiers_and_integers()
    {
        var (tokens, diagnostics) = Lex("{ } ( ) : ; , ? [ ] @ | . abc _x1 42 -7");
        Assert.Empty(diagnostics);
        Assert.Equal("OpenBrace CloseBrace OpenParen CloseParen Colon Semicolon Comma Question OpenBracket CloseBracket At Pipe Dot Identifier Identifier Integer Integer EndOfFile",
            string.Join(" ", tokens.Select(t => t.Kind)));
        Assert.Equal(-7, tokens[16].IntValue);
        Assert.Equal(42, tokens[15].IntValue);
    }

    [Theory]
    [InlineData("(/a/", "OpenParen Regex EndOfFile")]
    [InlineData(",/a/", "Comma Regex EndOfFile")]
    [InlineData(":/a/", "Colon Regex EndOfFile")]
    [InlineData("|/a/", "Pipe Regex EndOfFile")]
    [InlineData("( // comment\n x", "OpenParen Identifier EndOfFile")]
    [InlineData("(/// doc\n x", "OpenParen DocComment Identifier EndOfFile")]
    [InlineData("x // a /regex/ in a comment", "Identifier EndOfFile")]
    [InlineData("( /* /", "OpenParen Regex EndOfFile")]
    public void Regex_literals_start_only_where_a_value_is_expected(string text, string kinds) => Assert.Equal(kinds, Kinds(text));

    [Fact]
    public void Regex_after_a_doc_comment_still_counts_the_previous_token()
    {
        var (tokens, _) = Lex("(\n/// doc\n/x/");
        Assert.Equal(TokenKind.Regex, tokens[2].Kind);
    }

    [Fact]
    public void Regex_escaped_slash_is_unescaped_and_other_escapes_kept()
    {
        var (tokens, diagnostics) = Lex(@"(/https?:\/\/\S+\.\//im");
        Assert.Empty(diagnostics);
        var regex = tokens[1];
        Assert.Equal(@"https?://\S+\./", regex.Value);
        Assert.Equal("im", regex.Flags);
        Assert.Equal(@"/https?:\/\/\S+\.\//im", regex.Text);
        Assert.Equal(regex.Range.Start + regex.Text.Length - 2, regex.FlagsStart);
    }

    [Fact]
    public void Slash_inside_a_character_class_does_not_end_the_regex()
    {
        var (tokens, diagnostics) = Lex("(/[/]x/)");
        Assert.Empty(diagnostics);
        Assert.Equal("[/]x", tokens[1].Value);
        Assert.Equal(TokenKind.CloseParen, tokens[2].Kind);
        Assert.Equal("[]/]", Lex("(/[]/]/)").Tokens[1].Value);
    }

    [Fact]
    public void Unterminated_regex_and_string_are_reported_at_their_start()
    {
        var (tokens, diagnostics) = Lex("(/abc\n\"xyz\nq");
        Assert.Equal(new[] { "AM0003", "AM0002" }, diagnostics.Select(d => d.Id));
        Assert.Equal((0, 1), (diagnostics[0].Range.StartLine, diagnostics[0].Range.StartColumn));
        Assert.Equal((1, 0), (diagnostics[1].Range.StartLine, diagnostics[1].Range.StartColumn));
        Assert.True(tokens[1].IsBad);
        Assert.Equal("q", tokens.Last(t => t.Kind == TokenKind.Identifier).Text);
    }

    [Fact]
    public void String_escapes()
    {
        var (tokens, diagnostics) = Lex(@"""a\""b\\c\d""");
        Assert.Empty(diagnostics);
        Assert.Equal(@"a""b\c\d", tokens[0].Value);
    }

    [Fact]
    public void Doc_comments_trim_one_space_and_four_slashes_are_plain_comments()
    {
        var (tokens, _) = Lex("///  two spaces\n///none\n//// plain\n///\nx");
        var docs = tokens.Where(t => t.Kind == TokenKind.DocComment).Select(t => t.Value).ToList();
        Assert.Equal(new[] { " two spaces", "none", "" }, docs);
    }

    [Fact]
    public void Stray_characters_are_one_diagnostic_per_run()
    {
        var (tokens, diagnostics) = Lex("a #$% b ä");
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("unexpected character '#$%'; expected an identifier, integer, string, regex, comment or one of { } ( ) : ; , ? [ ] @ | .", diagnostics[0].Message);
        Assert.Equal(2, diagnostics[0].Range.StartColumn);
        Assert.Equal(3, diagnostics[0].Range.Length);
        Assert.Equal("a b EndOfFile", string.Join(" ", tokens.Select(t => t.Kind == TokenKind.Identifier ? t.Text : t.Kind.ToString())));
    }

    [Fact]
    public void Minus_without_digit_is_stray_and_big_integers_are_reported()
    {
        Assert.Equal("AM0001", Lex("-x").Diagnostics.Single().Id);
        Assert.Equal("AM0004", Lex("2147483648").Diagnostics.Single().Id);
        Assert.Empty(Lex("-2147483648").Diagnostics);
    }

    [Fact]
    public void Misplaced_regex_is_one_diagnostic_and_skipped()
    {
        var (tokens, diagnostics) = Lex("x /ab/i y");
        Assert.Equal("AM0013", diagnostics.Single().Id);
        Assert.Equal(5, diagnostics[0].Range.Length);
        Assert.Equal("Identifier Identifier EndOfFile", string.Join(" ", tokens.Select(t => t.Kind)));
    }

    [Theory]
    [InlineData("a\nb", 1, 0)]
    [InlineData("a\r\nb", 1, 0)]
    [InlineData("a\rb", 1, 0)]
    [InlineData("a\r\n\r\n  b", 2, 2)]
    public void Ranges_count_lines_for_lf_crlf_and_cr(string text, int line, int column)
    {
        var b = Lex(text).Tokens[1];
        Assert.Equal((line, column), (b.Range.StartLine, b.Range.StartColumn));
        Assert.Equal((line, column + 1), (b.Range.EndLine, b.Range.EndColumn));
    }

    [Fact]
    public void Keywords_are_identifiers_and_drop_can_name_a_field()
    {
        var result = SchemaCompiler.Compile("k.article", "article A { drop : text @line(1) drop @line(-1) }");
        Assert.Empty(result.Diagnostics);
        var article = Assert.Single(result.Model.Articles);
        Assert.Equal("Drop", article.Fields.Single().PropertyName);
        Assert.Equal(-1, article.Drops.Single().Locator.Index);
    }

    [Theory]
    [InlineData("(/a\\/b/)", "a/b")]
    [InlineData("(/a/i)", "a")]
    [InlineData("(/a/, x", "a")]
    [InlineData("(/a/ // note", "a")]
    [InlineData("(/[/]x/)", "[/]x")]
    [InlineData("(/a/|/b/)", "a")]
    public void Regex_ends_at_the_slash_before_its_flags_and_a_delimiter(string text, string pattern)
    {
        var (tokens, diagnostics) = Lex(text);
        Assert.Empty(diagnostics);
        Assert.Equal(pattern, tokens.First(t => t.Kind == TokenKind.Regex).Value);
    }

    [Theory]
    [InlineData("(/https://x.org/(?<v>.+)$/)", "https://x.org/(?<v>.+)$", 9)]
    [InlineData("(/a/b/)", "a/b", 4)]
    [InlineData("(/^1/2 of$/i)", "^1/2 of$", 5)]
    public void Unescaped_slash_inside_a_pattern_is_one_error_and_the_literal_runs_to_its_end(string text, string pattern, int column)
    {
        var (tokens, diagnostics) = Lex(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal("AM0014", d.Id);
        Assert.Equal(column, d.Range.StartColumn + 1);
        Assert.Equal(pattern, tokens.First(t => t.Kind == TokenKind.Regex).Value);
        Assert.Equal(TokenKind.CloseParen, tokens[^2].Kind);
    }
}
