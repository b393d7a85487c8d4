using System;
using System.Collections.Generic;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// A small, conservative check of CSS selector syntax, so a selector the runtime (AngleSharp) cannot use is an error
/// in the build at the string's line and column rather than a locator that silently finds nothing. It accepts selector
/// lists of complex selectors: type and universal selectors, <c>#id</c>, <c>.class</c>, attribute selectors
/// (<c>[a]</c>, <c>[a=v]</c>, <c>~=</c>, <c>|=</c>, <c>^=</c>, <c>$=</c>, <c>*=</c>, <c>!=</c>, with an <c>i</c>/<c>s</c>
/// flag), the combinators white space, <c>&gt;</c>, <c>+</c>, <c>~</c>, and the pseudo-classes AngleSharp implements
/// (<see cref="PseudoClasses"/>, <see cref="PseudoFunctions"/>). CSS escapes (<c>\:</c>, <c>\31 </c>) are allowed in
/// names. Pseudo-elements (<c>::before</c>) select no element and are rejected. Linear in the selector's length; nested
/// <c>:not(…)</c> and the like are checked with an explicit bound on depth.
/// </summary>
internal static class CssSelectorSyntax
{
    /// <summary>The deepest nesting of functional pseudo-classes checked (<c>:not(:is(:has(…)))</c>).</summary>
    public const int MaxNesting = 32;

    /// <summary>Pseudo-classes without arguments that AngleSharp's selector parser accepts.</summary>
    public static readonly string[] PseudoClasses =
    {
        "root", "scope", "first-child", "last-child", "only-child", "first-of-type", "last-of-type", "only-of-type",
        "empty", "link", "visited", "active", "hover", "focus", "target", "enabled", "disabled", "default", "checked",
        "indeterminate", "required", "optional", "valid", "invalid", "in-range", "out-of-range", "read-only",
        "read-write", "placeholder-shown", "any-link", "focus-within", "focus-visible", "defined", "unchecked",
    };

    /// <summary>Functional pseudo-classes AngleSharp's selector parser accepts, with what they take.</summary>
    public static readonly string[] PseudoFunctions =
    {
        "not", "is", "matches", "has", "where", "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type",
        "nth-column", "nth-last-column", "lang", "dir", "contains",
    };

    /// <summary>
    /// Checks <paramref name="selector"/>; on failure <paramref name="offset"/> is where in it the problem is (a
    /// character index) and <paramref name="message"/> says what was found and what was expected.
    /// </summary>
    public static bool TryValidate(string selector, out int offset, out string message)
    {
        var reader = new Reader(selector);
        if (!reader.SelectorList(0, relative: false) || !reader.AtEnd(out var _))
        {
            offset = Math.Min(reader.ErrorAt, selector.Length);
            message = reader.Error ?? "unexpected " + reader.Describe() + "; expected ',' or a combinator between selectors";
            return false;
        }
        offset = 0;
        message = string.Empty;
        return true;
    }

    private sealed class Reader
    {
        private readonly string _s;
        private int _pos;

        public Reader(string s) => _s = s;

        public string? Error { get; private set; }

        public int ErrorAt { get; private set; }

        private char Peek(int ahead = 0) => _pos + ahead < _s.Length ? _s[_pos + ahead] : '\0';

        public bool AtEnd(out int at)
        {
            SkipSpace();
            at = _pos;
            if (_pos >= _s.Length) return true;
            if (Error is null)
            {
                ErrorAt = _pos;
            }
            return false;
        }

        public string Describe() => _pos >= _s.Length ? "the end of the selector" : "'" + _s[_pos] + "'";

        private bool Fail(string expected)
        {
            if (Error is null)
            {
                ErrorAt = _pos;
                Error = "unexpected " + Describe() + "; expected " + expected;
            }
            return false;
        }

        private bool FailWith(int at, string message)
        {
            if (Error is null)
            {
                ErrorAt = at;
                Error = message;
            }
            return false;
        }

        private void SkipSpace()
        {
            while (_pos < _s.Length && IsSpace(_s[_pos])) _pos++;
        }

        // selector-list := complex (',' complex)*
        public bool SelectorList(int depth, bool relative)
        {
            while (true)
            {
                SkipSpace();
                if (!Complex(depth, relative)) return false;
                SkipSpace();
                if (Peek() != ',') return true;
                _pos++;
            }
        }

        // complex := [combinator] compound (combinator compound)*   (a leading combinator only in :has)
        private bool Complex(int depth, bool relative)
        {
            SkipSpace();
            if (relative && Peek() is '>' or '+' or '~')
            {
                _pos++;
                SkipSpace();
            }
            if (!Compound(depth)) return false;
            while (true)
            {
                var before = _pos;
                SkipSpace();
                var sawSpace = _pos > before;
                var c = Peek();
                if (c is '>' or '+' or '~')
                {
                    _pos++;
                    SkipSpace();
                    if (!Compound(depth)) return false;
                    continue;
                }
                if (sawSpace && c != '\0' && c != ',' && c != ')')
                {
                    if (!Compound(depth)) return false;
                    continue;
                }
                _pos = before;
                return true;
            }
        }

        // compound := [type | '*'] (id | class | attribute | pseudo)*, at least one part
        private bool Compound(int depth)
        {
            var start = _pos;
            var c = Peek();
            if (c == '*')
            {
                _pos++;
            }
            else if (IsNameStart(c) || c == '\\' || (c == '-' && (IsNameStart(Peek(1)) || Peek(1) == '-' || Peek(1) == '\\')))
            {
                if (!Ident()) return false;
            }
            while (true)
            {
                c = Peek();
                if (c == '#')
                {
                    _pos++;
                    if (!Name()) return Fail("an id after '#' (a name such as 'main')");
                }
                else if (c == '.')
                {
                    _pos++;
                    if (!Ident()) return Fail("a class name after '.' (such as 'headline')");
                }
                else if (c == '[')
                {
                    if (!Attribute()) return false;
                }
                else if (c == ':')
                {
                    if (!Pseudo(depth)) return false;
                }
                else break;
            }
            if (_pos == start) return Fail("a selector: an element name, '*', '#id', '.class', '[attribute]' or ':pseudo-class'");
            return true;
        }

        private bool Attribute()
        {
            _pos++; // '['
            SkipSpace();
            if (!Ident()) return Fail("an attribute name after '['");
            SkipSpace();
            var c = Peek();
            if (c == ']')
            {
                _pos++;
                return true;
            }
            if (c == '=')
            {
                _pos++;
            }
            else if (c is '~' or '|' or '^' or '$' or '*' or '!' && Peek(1) == '=')
            {
                _pos += 2;
            }
            else return Fail("']' or an operator (=, ~=, |=, ^=, $=, *=, !=)");
            SkipSpace();
            c = Peek();
            if (c is '"' or '\'')
            {
                if (!String()) return false;
            }
            else if (!Ident()) return Fail("a value (a name or a quoted string) after the operator");
            SkipSpace();
            if (Peek() is 'i' or 'I' or 's' or 'S' && (Peek(1) == ']' || IsSpace(Peek(1))))
            {
                _pos++;
                SkipSpace();
            }
            if (Peek() != ']') return Fail("']' to close the attribute selector");
            _pos++;
            return true;
        }

        private bool Pseudo(int depth)
        {
            var colon = _pos;
            _pos++;
            if (Peek() == ':')
            {
                _pos++;
                Ident();
                return FailWith(colon, $"pseudo-element '{_s.Substring(colon, _pos - colon)}' selects no element; expected an element selector (pseudo-elements such as ::before are not elements)");
            }
            var nameStart = _pos;
            if (!Ident()) return Fail("a pseudo-class name after ':' (such as 'first-child' or 'not(…)')");
            var name = _s.Substring(nameStart, _pos - nameStart).ToLowerInvariant();
            if (Peek() == '(')
            {
                if (Array.IndexOf(PseudoFunctions, name) < 0)
                {
                    return FailWith(colon, $"unknown functional pseudo-class ':{name}()'; expected one of :{string.Join("(), :", PseudoFunctions)}(){Suggest(name, PseudoFunctions)}");
                }
                _pos++;
                SkipSpace();
                if (!Arguments(name, depth)) return false;
                SkipSpace();
                if (Peek() != ')') return Fail($"')' to close ':{name}('");
                _pos++;
                return true;
            }
            if (Array.IndexOf(PseudoClasses, name) < 0)
            {
                var all = new List<string>(PseudoClasses);
                all.AddRange(PseudoFunctions);
                var hint = Array.IndexOf(PseudoFunctions, name) >= 0 ? $" (':{name}' takes arguments: ':{name}(…)')" : Suggest(name, all);
                return FailWith(colon, $"unknown pseudo-class ':{name}'; expected a pseudo-class AngleSharp supports, such as :first-child, :last-of-type, :not(…), :nth-child(…){hint}");
            }
            return true;
        }

        private bool Arguments(string function, int depth)
        {
            switch (function)
            {
                case "not":
                case "is":
                case "matches":
                case "where":
                case "has":
                    if (depth + 1 > MaxNesting) return Fail($"at most {MaxNesting} nested pseudo-classes");
                    return SelectorList(depth + 1, relative: function == "has");
                case "lang":
                case "dir":
                    if (Peek() is '"' or '\'') return String();
                    return Ident() || Fail($"a language or direction name in ':{function}(…)'");
                case "contains":
                    if (Peek() is '"' or '\'') return String();
                    return Ident() || Fail("a quoted string in ':contains(…)'");
                default:
                    return Nth(depth);
            }
        }

        // an+b | odd | even, optionally "of S"
        private bool Nth(int depth)
        {
            var start = _pos;
            while (_pos < _s.Length && (char.IsLetterOrDigit(_s[_pos]) || _s[_pos] is '+' or '-' || IsSpace(_s[_pos])))
            {
                if (IsSpace(_s[_pos]) && LooksLikeOf()) break;
                _pos++;
            }
            var text = _s.Substring(start, _pos - start).Trim().ToLowerInvariant().Replace(" ", "");
            if (!IsNth(text)) return FailWith(start, $"'{_s.Substring(start, _pos - start).Trim()}' is not an an+b position; expected a number, 'odd', 'even' or a form such as 2n+1");
            SkipSpace();
            if (LooksLikeOf())
            {
                _pos += 2;
                if (depth + 1 > MaxNesting) return Fail($"at most {MaxNesting} nested pseudo-classes");
                return SelectorList(depth + 1, relative: false);
            }
            return true;
        }

        private bool LooksLikeOf()
        {
            var p = _pos;
            while (p < _s.Length && IsSpace(_s[p])) p++;
            return p + 2 < _s.Length && (_s[p] == 'o' || _s[p] == 'O') && (_s[p + 1] == 'f' || _s[p + 1] == 'F') && IsSpace(_s[p + 2]) && p > _pos;
        }

        private static bool IsNth(string t)
        {
            if (t is "odd" or "even") return true;
            if (t.Length == 0) return false;
            var i = 0;
            if (t[i] is '+' or '-') i++;
            var digits = i;
            while (i < t.Length && char.IsDigit(t[i])) i++;
            if (i == t.Length) return i > digits; // b
            if (t[i] != 'n') return false;
            i++;
            if (i == t.Length) return true; // an
            if (t[i] is not ('+' or '-')) return false;
            i++;
            var b = i;
            while (i < t.Length && char.IsDigit(t[i])) i++;
            return i == t.Length && i > b; // an+b
        }

        private bool String()
        {
            var quote = _s[_pos];
            var start = _pos;
            _pos++;
            while (_pos < _s.Length && _s[_pos] != quote)
            {
                if (_s[_pos] == '\\') _pos++;
                _pos++;
            }
            if (_pos >= _s.Length) return FailWith(start, $"unterminated string in the selector; expected a closing {quote}");
            _pos++;
            return true;
        }

        // ident := '-'? (name-start | escape) (name-char | escape)*  ;  '--' custom names
        private bool Ident()
        {
            var start = _pos;
            var custom = false;
            if (Peek() == '-')
            {
                _pos++;
                if (Peek() == '-')
                {
                    _pos++;
                    custom = true;
                }
            }
            if (!custom)
            {
                if (IsNameStart(Peek())) _pos++;
                else if (!Escape())
                {
                    _pos = start;
                    return false;
                }
            }
            NameChars();
            return _pos > start;
        }

        // #id may start with a digit
        private bool Name()
        {
            var start = _pos;
            NameChars();
            return _pos > start;
        }

        private void NameChars()
        {
            while (_pos < _s.Length)
            {
                if (IsNameChar(_s[_pos])) _pos++;
                else if (!Escape()) break;
            }
        }

        // A CSS escape: '\' then 1-6 hex digits (and one white space) or any other character but a line break.
        private bool Escape()
        {
            if (Peek() != '\\' || Peek(1) is '\0' or '\n' or '\r' or '\f') return false;
            _pos++;
            var hex = 0;
            while (hex < 6 && Uri.IsHexDigit(Peek()))
            {
                _pos++;
                hex++;
            }
            if (hex == 0) _pos++;
            else if (IsSpace(Peek())) _pos++;
            return true;
        }

        private static string Suggest(string name, IEnumerable<string> candidates) => Naming.DidYouMean(name, candidates);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || c >= '\u0080';

    private static bool IsNameChar(char c) => IsNameStart(c) || c is (>= '0' and <= '9') or '-';
}
