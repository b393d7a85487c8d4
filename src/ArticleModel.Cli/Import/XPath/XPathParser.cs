using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>
/// Reads an XPath 1.0 expression (the whole grammar, not just the shapes that convert) into an
/// <see cref="XPathExpression"/>. Returns null with a reason for text that is not XPath 1.0; never throws, and nests at
/// most <see cref="MaxDepth"/> levels deep.
/// </summary>
internal sealed class XPathParser
{
    /// <summary>The deepest nesting of parentheses, brackets and operators read (deeper input is refused, not overflowed).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The deepest expression tree returned. Operator chains (<c>a | b | …</c>, <c>x or y or …</c>) are read in a loop
    /// but build a left-deep tree one level per operator, which the converters walk recursively; a deeper tree is
    /// refused here rather than overflowing the stack there.
    /// </summary>
    public const int MaxTreeDepth = 1000;

    private static readonly HashSet<string> NodeTypes = new(StringComparer.Ordinal) { "node", "text", "comment", "processing-instruction" };

    private static readonly HashSet<string> Axes = new(StringComparer.Ordinal)
    {
        "ancestor", "ancestor-or-self", "attribute", "child", "descendant", "descendant-or-self", "following",
        "following-sibling", "namespace", "parent", "preceding", "preceding-sibling", "self",
    };

    private readonly string _text;
    private int _pos;
    private int _depth;

    private XPathParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static XPathExpression? Parse(string text, out string? error)
    {
        var parser = new XPathParser(text);
        try
        {
            var e = parser.ParseOr();
            parser.SkipSpace();
            if (parser._pos < text.Length) throw new FormatException($"unexpected '{text[parser._pos]}' at {parser._pos + 1}");
            if (TreeDepth(e) > MaxTreeDepth) throw new FormatException($"more than {MaxTreeDepth} operators and nested expressions deep");
            error = null;
            return e;
        }
        catch (FormatException f)
        {
            error = f.Message;
            return null;
        }
    }

    // Walks the tree with an explicit stack (the tree can be as deep as the text is long) and stops past the limit.
    private static int TreeDepth(XPathExpression root)
    {
        var deepest = 0;
        var pending = new Stack<(XPathExpression Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest) deepest = depth;
            if (deepest > MaxTreeDepth) break;
            switch (node)
            {
                case XPathBinary b:
                    pending.Push((b.Left, depth + 1));
                    pending.Push((b.Right, depth + 1));
                    break;
                case XPathOther { Operand: { } operand }:
                    pending.Push((operand, depth + 1));
                    break;
                case XPathFunctionCall f:
                    foreach (var argument in f.Arguments) pending.Push((argument, depth + 1));
                    break;
                case XPathFilter filter:
                    pending.Push((filter.Primary, depth + 1));
                    foreach (var predicate in filter.Predicates) pending.Push((predicate, depth + 1));
                    if (filter.Rest is not null) pending.Push((filter.Rest, depth + 1));
                    break;
                case XPathLocationPath path:
                    foreach (var step in path.Steps)
                        foreach (var predicate in step.Predicates) pending.Push((predicate, depth + 1));
                    break;
            }
        }
        return deepest;
    }

    private XPathExpression ParseOr() => Binary(ParseAnd, "or");

    private XPathExpression ParseAnd() => Binary(ParseEquality, "and");

    private XPathExpression ParseEquality() => Binary(ParseRelational, "!=", "=");

    private XPathExpression ParseRelational() => Binary(ParseAdditive, "<=", ">=", "<", ">");

    private XPathExpression ParseAdditive() => Binary(ParseMultiplicative, "+", "-");

    private XPathExpression ParseMultiplicative() => Binary(ParseUnary, "*", "div", "mod");

    // Left-associative: each operator's operands are the next level down.
    private XPathExpression Binary(Func<XPathExpression> operand, params string[] operators)
    {
        Enter();
        var left = operand();
        while (true)
        {
            SkipSpace();
            var op = Array.Find(operators, IsOperatorAhead);
            if (op is null) break;
            _pos += op.Length;
            left = new XPathBinary(op, left, operand());
        }
        _depth--;
        return left;
    }

    private bool IsOperatorAhead(string op)
    {
        if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) != 0) return false;
        // A word operator must end there ("order" is not "or" followed by "der").
        return !char.IsLetter(op[0]) || _pos + op.Length >= _text.Length || !IsNameChar(_text[_pos + op.Length]);
    }

    private XPathExpression ParseUnary()
    {
        SkipSpace();
        if (Peek('-'))
        {
            Enter();
            _pos++;
            var e = new XPathOther("negate", ParseUnary());
            _depth--;
            return e;
        }
        return ParseUnion();
    }

    private XPathExpression ParseUnion()
    {
        var left = ParsePath();
        while (true)
        {
            SkipSpace();
            if (!Peek('|')) return left;
            _pos++;
            left = new XPathBinary("|", left, ParsePath());
        }
    }

    private XPathExpression ParsePath()
    {
        SkipSpace();
        if (StartsFilter())
        {
            var primary = ParsePrimary();
            var predicates = ParsePredicates();
            SkipSpace();
            if (Peek('/'))
            {
                var rest = new List<XPathStep>();
                ParseRelativeSteps(rest, leadingSlash: true);
                return new XPathFilter(primary, predicates, new XPathLocationPath(false, rest));
            }
            return predicates.Count == 0 ? primary : new XPathFilter(primary, predicates, null);
        }
        var steps = new List<XPathStep>();
        if (Peek('/'))
        {
            if (PeekAt(1, '/'))
            {
                ParseRelativeSteps(steps, leadingSlash: true);
                return new XPathLocationPath(true, steps);
            }
            _pos++;
            SkipSpace();
            // "/" alone is the document.
            if (_pos < _text.Length && StartsStep()) ParseRelativeSteps(steps, leadingSlash: false);
            return new XPathLocationPath(true, steps);
        }
        ParseRelativeSteps(steps, leadingSlash: false);
        return new XPathLocationPath(false, steps);
    }

    // Steps separated by "/" or "//"; with leadingSlash the first separator is already ahead.
    private void ParseRelativeSteps(List<XPathStep> steps, bool leadingSlash)
    {
        var first = !leadingSlash;
        while (true)
        {
            SkipSpace();
            if (!first)
            {
                if (!Peek('/')) return;
                _pos++;
                if (Peek('/'))
                {
                    _pos++;
                    steps.Add(new XPathStep("descendant-or-self", "node()", Array.Empty<XPathExpression>()));
                }
            }
            first = false;
            SkipSpace();
            steps.Add(ParseStep());
        }
    }

    private XPathStep ParseStep()
    {
        SkipSpace();
        if (Peek('.'))
        {
            if (PeekAt(1, '.'))
            {
                _pos += 2;
                return new XPathStep("parent", "node()", Array.Empty<XPathExpression>());
            }
            _pos++;
            return new XPathStep("self", "node()", Array.Empty<XPathExpression>());
        }
        var axis = "child";
        if (Peek('@'))
        {
            _pos++;
            axis = "attribute";
        }
        else
        {
            var save = _pos;
            var name = TryName();
            SkipSpace();
            if (name is not null && Peek(':') && PeekAt(1, ':'))
            {
                if (!Axes.Contains(name)) throw new FormatException($"unknown axis '{name}'");
                _pos += 2;
                axis = name;
            }
            else
            {
                _pos = save;
            }
        }
        SkipSpace();
        string test;
        if (Peek('*'))
        {
            _pos++;
            test = "*";
        }
        else
        {
            test = TryQName() ?? throw new FormatException(_pos < _text.Length ? $"expected a step at {_pos + 1}, found '{_text[_pos]}'" : "expected a step at the end");
            SkipSpace();
            if (NodeTypes.Contains(test) && Peek('('))
            {
                _pos++;
                SkipSpace();
                if (test == "processing-instruction" && (Peek('\'') || Peek('"'))) ParseLiteral();
                Expect(')');
                test += "()";
            }
        }
        return new XPathStep(axis, test, ParsePredicates());
    }

    private List<XPathExpression> ParsePredicates()
    {
        var predicates = new List<XPathExpression>();
        while (true)
        {
            SkipSpace();
            if (!Peek('[')) return predicates;
            Enter();
            _pos++;
            predicates.Add(ParseOr());
            SkipSpace();
            Expect(']');
            _depth--;
        }
    }

    // A filter expression starts with "(", "$", a literal, a number, or a function name followed by "(".
    private bool StartsFilter()
    {
        if (_pos >= _text.Length) return false;
        var c = _text[_pos];
        if (c is '(' or '$' or '\'' or '"' || char.IsDigit(c) || c == '.' && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1])) return true;
        var save = _pos;
        var name = TryQName();
        if (name is null) return false;
        SkipSpace();
        var call = Peek('(') && !NodeTypes.Contains(name);
        _pos = save;
        return call;
    }

    private bool StartsStep()
    {
        var c = _text[_pos];
        return c is '.' or '@' or '*' || IsNameStart(c);
    }

    private XPathExpression ParsePrimary()
    {
        SkipSpace();
        if (Peek('('))
        {
            Enter();
            _pos++;
            var inner = ParseOr();
            SkipSpace();
            Expect(')');
            _depth--;
            return inner;
        }
        if (Peek('$'))
        {
            _pos++;
            return new XPathOther("variable " + (TryQName() ?? throw new FormatException("expected a variable name")), null);
        }
        if (Peek('\'') || Peek('"')) return new XPathLiteral(ParseLiteral());
        if (char.IsDigit(_text[_pos]) || Peek('.')) return ParseNumber();
        var name = TryQName()!;
        SkipSpace();
        Expect('(');
        Enter();
        var args = new List<XPathExpression>();
        SkipSpace();
        if (!Peek(')'))
        {
            while (true)
            {
                args.Add(ParseOr());
                SkipSpace();
                if (!Peek(',')) break;
                _pos++;
            }
        }
        Expect(')');
        _depth--;
        return new XPathFunctionCall(name, args);
    }

    private string ParseLiteral()
    {
        var quote = _text[_pos];
        var end = _text.IndexOf(quote, _pos + 1);
        if (end < 0) throw new FormatException($"unterminated string starting at {_pos + 1}");
        var value = _text.Substring(_pos + 1, end - _pos - 1);
        _pos = end + 1;
        return value;
    }

    private XPathNumber ParseNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        if (!double.TryParse(_text.Substring(start, _pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"bad number at {start + 1}");
        return new XPathNumber(value);
    }

    // A QName, or NCName:* (a namespace wildcard, kept as written).
    private string? TryQName()
    {
        var first = TryName();
        if (first is null) return null;
        if (Peek(':') && !PeekAt(1, ':'))
        {
            _pos++;
            if (Peek('*'))
            {
                _pos++;
                return first + ":*";
            }
            var local = TryName() ?? throw new FormatException($"expected a name after '{first}:'");
            return first + ":" + local;
        }
        return first;
    }

    private string? TryName()
    {
        if (_pos >= _text.Length || !IsNameStart(_text[_pos])) return null;
        var start = _pos;
        while (_pos < _text.Length && IsNameChar(_text[_pos])) _pos++;
        return _text.Substring(start, _pos - start);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private void Enter()
    {
        if (++_depth > MaxDepth) throw new FormatException($"nested more than {MaxDepth} levels deep");
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (!Peek(c)) throw new FormatException(_pos < _text.Length ? $"expected '{c}' at {_pos + 1}, found '{_text[_pos]}'" : $"expected '{c}' at the end");
        _pos++;
    }

    private bool Peek(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool PeekAt(int offset, char c) => _pos + offset < _text.Length && _text[_pos + offset] == c;

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n') _pos++;
    }
}
