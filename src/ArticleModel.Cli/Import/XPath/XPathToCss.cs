using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleModel.Cli.Import.XPath;

/// <summary>
/// Converts an XPath 1.0 expression to a CSS selector list when the two select exactly the same elements in an HTML
/// document, and says why not otherwise. Exact shapes: descendant, child and following-sibling steps over element
/// names and <c>*</c>; <c>@a</c>, <c>@a='v'</c>, <c>@a!='v'</c>, <c>contains(@a,'v')</c>, <c>starts-with(@a,'v')</c>,
/// the class-word idiom <c>contains(concat(' ',normalize-space(@class),' '),' v ')</c>, <c>contains(.,'v')</c>; and,
/// or, not(); a path in a predicate (<c>:has()</c>); a position on a child step before any other predicate
/// (<c>:nth-of-type</c>, <c>:nth-child</c>, <c>:last-of-type</c>); unions; a final <c>/@attr</c>;
/// <c>substring-before</c>/<c>substring-after</c> with a literal, <c>string()</c>/<c>normalize-space()</c> and
/// <c>(…)[1]</c> around a path (their first node only). Everything else fails with a short reason.
/// </summary>
internal static class XPathToCss
{
    /// <summary>The most selectors one expression may expand to (an <c>or</c> in several steps multiplies them).</summary>
    public const int MaxSelectors = 16;

    private static readonly Regex Identifier = new(@"^-?[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    /// <summary>Converts the expression text.</summary>
    public static CssConversion Convert(string xpath)
    {
        var expression = XPathParser.Parse(xpath, out var error);
        return expression is null ? CssConversion.Fail("not XPath 1.0 (" + error + ")") : Convert(expression);
    }

    /// <summary>Converts a parsed expression.</summary>
    public static CssConversion Convert(XPathExpression expression)
    {
        try
        {
            return expression switch
            {
                XPathFunctionCall { Name: "substring-before" or "substring-after", Arguments: [var value, XPathLiteral { Value.Length: > 0 } literal] } f
                    => FirstNode(ConvertNodeSet(value)) with { Substring = new SubstringStep(f.Name == "substring-before", literal.Value) },
                XPathFunctionCall { Name: "substring-before" or "substring-after" } => CssConversion.Fail("substring-before/after without a literal"),
                XPathFunctionCall { Name: "string" or "normalize-space", Arguments: [var value] } => FirstNode(ConvertNodeSet(value)),
                _ => ConvertNodeSet(expression),
            };
        }
        catch (NotCss e)
        {
            return CssConversion.Fail(e.Message);
        }
    }

    // A string function reads its argument's first node only.
    private static CssConversion FirstNode(CssConversion c) => c with { FirstOnly = true };

    private static CssConversion ConvertNodeSet(XPathExpression e)
    {
        switch (e)
        {
            case XPathBinary { Operator: "|" } union:
                var left = ConvertNodeSet(union.Left);
                var right = ConvertNodeSet(union.Right);
                if (left.FirstOnly || right.FirstOnly) throw new NotCss("a first-node filter inside a union");
                if (!string.Equals(left.Attribute, right.Attribute, StringComparison.Ordinal)) throw new NotCss("a union of different attributes");
                return new CssConversion(left.Selector + ", " + right.Selector, left.Attribute, null, false, null);
            case XPathFilter { Rest: null, Predicates: [var p] } filter when IsFirst(p):
                return FirstNode(ConvertNodeSet(filter.Primary));
            case XPathFilter:
                throw new NotCss("a filter expression (…)[…] other than (…)[1]");
            case XPathLocationPath path:
                var (selectors, attribute) = ConvertPath(path);
                if (selectors.Count > MaxSelectors) throw new NotCss("more than " + MaxSelectors + " selectors");
                return new CssConversion(string.Join(", ", selectors), attribute, null, false, null);
            case XPathFunctionCall f:
                throw new NotCss("function " + f.Name + "()");
            default:
                throw new NotCss("not a node set");
        }
    }

    private static bool IsFirst(XPathExpression p) =>
        p is XPathNumber { Value: 1 } || p is XPathBinary { Operator: "=", Left: XPathFunctionCall { Name: "position", Arguments.Count: 0 }, Right: XPathNumber { Value: 1 } };

    // A path from the document (a relative one is evaluated at the document too: FiveFilters queries the document node).
    private static (List<string> Selectors, string? Attribute) ConvertPath(XPathLocationPath path)
    {
        var steps = path.Steps.ToList();
        if (!path.Absolute && steps.Count > 0 && steps[0] is { Axis: "self", NodeTest: "node()", Predicates.Count: 0 }) steps.RemoveAt(0);
        if (steps.Count == 0) throw new NotCss("the document node itself");
        string? attribute = null;
        var last = steps[steps.Count - 1];
        if (last.Axis == "attribute")
        {
            if (last.Predicates.Count > 0 || !last.TestsElements || last.NodeTest == "*" || !Identifier.IsMatch(last.NodeTest))
                throw new NotCss("an attribute step other than /@name");
            attribute = last.NodeTest;
            steps.RemoveAt(steps.Count - 1);
            if (steps.Count > 0 && steps[steps.Count - 1].IsDescendantOrSelfNode) throw new NotCss("//@attribute (attributes of every element)");
        }
        var alternatives = Steps(steps, Combinator.Root);
        if (alternatives.Count == 0 || alternatives[0].Length == 0) throw new NotCss("no element step");
        return (alternatives, attribute);
    }

    private enum Combinator
    {
        /// <summary>A child of the document: the root element.</summary>
        Root,

        /// <summary>Any element (the path began with //).</summary>
        Any,

        Descendant,
        Child,
        Sibling,
    }

    // The selectors of element steps, each alternative a complex selector.
    private static List<string> Steps(IReadOnlyList<XPathStep> steps, Combinator start)
    {
        // Builders, appended to in place, not strings: re-concatenating the whole selector at each step made a path of
        // n steps cost n^2 characters (100,000 '//div' steps: 38 s).
        var results = new List<StringBuilder> { new() };
        var pending = start;
        var any = false;
        var anyRooted = false;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.IsDescendantOrSelfNode)
            {
                pending = pending is Combinator.Root or Combinator.Any ? Combinator.Any : Combinator.Descendant;
                continue;
            }
            Combinator combinator;
            switch (step.Axis)
            {
                case "child":
                    combinator = pending;
                    break;
                case "descendant":
                    combinator = pending is Combinator.Root or Combinator.Any ? Combinator.Any : Combinator.Descendant;
                    break;
                case "following-sibling" when any && pending == Combinator.Child:
                    combinator = Combinator.Sibling;
                    break;
                case "attribute":
                    throw new NotCss("an attribute step before the last step");
                case "parent" or "ancestor" when anyRooted && results.Count <= MaxSelectors:
                    // //X/parent::T is a T with a child X: T:has(> X) (with ancestor, a descendant: T:has(X)). Exact only
                    // while the path so far is one step from anywhere in the page.
                    results = new List<StringBuilder> { new(ParentOf(step, results.ConvertAll(r => r.ToString()), step.Axis == "parent")) };
                    pending = Combinator.Child;
                    continue;
                case "parent" or "ancestor" or "ancestor-or-self":
                    throw new NotCss("the " + step.Axis + " axis (CSS selects downwards)");
                case "following-sibling" or "preceding-sibling" or "following" or "preceding":
                    throw new NotCss("the " + step.Axis + " axis");
                default:
                    throw new NotCss("the " + step.Axis + " axis");
            }
            if (step.NodeTest == "text()") throw new NotCss("text() (selects text nodes, CSS selects elements)");
            if (!step.TestsElements) throw new NotCss(step.NodeTest + " (selects nodes other than elements)");
            if (step.NodeTest != "*" && (step.NodeTest.Contains(':') || !Identifier.IsMatch(step.NodeTest))) throw new NotCss("a prefixed or unusual element name");
            var compounds = Predicates(step, allowPositions: step.Axis == "child" && combinator != Combinator.Root);
            if (combinator == Combinator.Any) compounds = WithRoot(compounds);
            var type = step.NodeTest == "*" ? string.Empty : step.NodeTest;
            var separator = combinator switch
            {
                Combinator.Descendant => " ",
                Combinator.Child => " > ",
                Combinator.Sibling => " ~ ",
                _ => string.Empty,
            };
            var root = combinator == Combinator.Root ? ":root" : string.Empty;
            if ((long)results.Count * compounds.Count > MaxSelectors) throw new NotCss("more than " + MaxSelectors + " selectors");
            var next = new List<StringBuilder>(results.Count * compounds.Count);
            foreach (var r in results)
            {
                for (var k = 0; k < compounds.Count; k++)
                {
                    var compound = type + root + compounds[k];
                    // The last alternative takes the builder itself; the others copy it first.
                    var target = k == compounds.Count - 1 ? r : new StringBuilder(r.ToString());
                    next.Add(target.Append(separator).Append(compound.Length == 0 ? "*" : compound));
                }
            }
            results = next;
            anyRooted = !any && combinator == Combinator.Any;
            any = true;
            pending = Combinator.Child;
        }
        if (!any) throw new NotCss("no element step");
        if (pending != Combinator.Child) throw new NotCss("a path ending in //");
        return results.ConvertAll(r => r.ToString());
    }

    // The root element is the first and the last child of the document, which XPath counts and CSS does not: //*[1]
    // also selects <html>, so a first/last position anywhere in the page also takes the root.
    private static List<string> WithRoot(List<string> compounds)
    {
        var result = new List<string>(compounds);
        foreach (var c in compounds)
        {
            foreach (var position in new[] { ":first-of-type", ":last-of-type", ":first-child", ":last-child" })
            {
                if (c.StartsWith(position, StringComparison.Ordinal)) result.Add(":root" + c.Substring(position.Length));
            }
        }
        return result;
    }

    // The parent (or an ancestor) of the compounds so far, as one compound: T[preds]:has(> a, > b).
    private static string ParentOf(XPathStep step, List<string> children, bool parent)
    {
        if (!step.TestsElements || step.NodeTest != "*" && (step.NodeTest.Contains(':') || !Identifier.IsMatch(step.NodeTest)))
            throw new NotCss("a " + step.Axis + " step that is not an element name or *");
        var compounds = Predicates(step, allowPositions: false);
        if (compounds.Count != 1) throw new NotCss("an 'or' on a " + step.Axis + " step");
        var has = ":has(" + string.Join(", ", children.Select(c => (parent ? "> " : string.Empty) + c)) + ")";
        return (step.NodeTest == "*" ? string.Empty : step.NodeTest) + compounds[0] + has;
    }

    // The compound-selector suffixes one step's predicates give (several for an 'or').
    private static List<string> Predicates(XPathStep step, bool allowPositions)
    {
        var results = new List<string> { string.Empty };
        var filtered = false;
        var positioned = false;
        foreach (var p in step.Predicates)
        {
            var position = Position(p, step.NodeTest == "*");
            if (position is not null)
            {
                // [n] counts the nodes the step selected so far: the element's place among its parent's children of
                // that name only when nothing filtered them before.
                if (!allowPositions || filtered || positioned) throw new NotCss("a position after a filter or off the child axis");
                positioned = true;
                results = results.Select(r => r + position).ToList();
                continue;
            }
            if (IsPositional(p)) throw new NotCss("a position other than n, last() or position()=n");
            filtered = true;
            var alternatives = Condition(p);
            results = results.SelectMany(r => alternatives.Select(a => r + string.Concat(a))).ToList();
            if (results.Count > MaxSelectors) throw new NotCss("more than " + MaxSelectors + " selectors");
        }
        return results;
    }

    private static string? Position(XPathExpression p, bool anyElement)
    {
        var suffix = anyElement ? "child" : "of-type";
        int? n = p switch
        {
            XPathNumber number => AsPosition(number.Value),
            XPathBinary { Operator: "=", Left: XPathFunctionCall { Name: "position", Arguments.Count: 0 }, Right: XPathNumber number } => AsPosition(number.Value),
            _ => null,
        };
        if (n == 1) return ":first-" + suffix;
        if (n is not null) return ":nth-" + suffix + "(" + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        var last = p is XPathFunctionCall { Name: "last", Arguments.Count: 0 }
            || p is XPathBinary { Operator: "=", Left: XPathFunctionCall { Name: "position", Arguments.Count: 0 }, Right: XPathFunctionCall { Name: "last", Arguments.Count: 0 } };
        return last ? ":last-" + suffix : null;
    }

    private static int? AsPosition(double value) => value >= 1 && value <= 10000 && Math.Floor(value) == value ? (int)value : null;

    // A number or position()/last() anywhere in a predicate makes it positional (a number predicate selects by position).
    private static bool IsPositional(XPathExpression p) => p switch
    {
        XPathNumber => true,
        XPathFunctionCall { Name: "position" or "last" } => true,
        XPathBinary b => IsPositional(b.Left) || IsPositional(b.Right),
        _ => false,
    };

    // A predicate's test as alternatives ('or'), each a list of simple selectors that must all hold ('and').
    private static List<List<string>> Condition(XPathExpression p)
    {
        switch (p)
        {
            case XPathBinary { Operator: "and" } and:
                var l = Condition(and.Left);
                var r = Condition(and.Right);
                return l.SelectMany(a => r.Select(b => a.Concat(b).ToList())).ToList();
            case XPathBinary { Operator: "or" } or:
                return Condition(or.Left).Concat(Condition(or.Right)).ToList();
            case XPathFunctionCall { Name: "not", Arguments: [var inner] }:
                // not(A or B) is :not(A):not(B); not(A and B) has no one-simple-selector form.
                var alternatives = Condition(inner);
                if (alternatives.Any(a => a.Count != 1)) throw new NotCss("not() of a conjunction");
                return new List<List<string>> { alternatives.Select(a => ":not(" + a[0] + ")").ToList() };
            case XPathBinary { Operator: "=" or "!=" } eq:
                var (name, value) = AttributeAndLiteral(eq.Left, eq.Right) ?? AttributeAndLiteral(eq.Right, eq.Left)
                    ?? throw new NotCss(IsText(eq.Left) || IsText(eq.Right) ? "a test of the element's text" : "a comparison other than @attr = 'literal'");
                var equals = name == "id" && Identifier.IsMatch(value) ? "#" + value : "[" + name + "=" + Quote(value) + "]";
                return eq.Operator == "="
                    ? One(equals)
                    : new List<List<string>> { new() { "[" + name + "]", ":not(" + equals + ")" } };
            case XPathLocationPath { Absolute: false, Steps: [{ Axis: "attribute" } attr] } when IsAttribute(attr, out var attrName):
                return One("[" + attrName + "]");
            case XPathFunctionCall { Name: "contains", Arguments: [var haystack, XPathLiteral { Value.Length: > 0 } needle] }:
                if (AttributeName(haystack) is { } containsName) return One("[" + containsName + "*=" + Quote(needle.Value) + "]");
                if (ClassWordAttribute(haystack) is { } wordName)
                {
                    var word = needle.Value;
                    if (word.Length < 3 || word[0] != ' ' || word[word.Length - 1] != ' ' || word.Substring(1, word.Length - 2).Any(IsXmlSpace))
                        throw new NotCss("the class-word idiom with a needle other than ' word '");
                    word = word.Substring(1, word.Length - 2);
                    return One(wordName == "class" && Identifier.IsMatch(word) ? "." + word : "[" + wordName + "~=" + Quote(word) + "]");
                }
                if (haystack is XPathLocationPath { Absolute: false, Steps: [{ Axis: "self", NodeTest: "node()", Predicates.Count: 0 }] })
                    return One(":contains(" + Quote(needle.Value) + ")");
                throw new NotCss(IsText(haystack) ? "a test of the element's text" : "contains() over something other than an attribute");
            case XPathFunctionCall { Name: "starts-with", Arguments: [var s, XPathLiteral { Value.Length: > 0 } prefix] } when AttributeName(s) is { } startsName:
                return One("[" + startsName + "^=" + Quote(prefix.Value) + "]");
            case XPathLocationPath { Absolute: false } inner when IsElementPath(inner):
                return One(":has(" + Relative(inner) + ")");
            case XPathFunctionCall f:
                throw new NotCss(IsText(p) ? "a test of the element's text" : "function " + f.Name + "()");
            default:
                throw new NotCss(IsText(p) ? "a test of the element's text" : "a predicate other than attribute tests and paths");
        }
    }

    private static List<List<string>> One(string simple) => new() { new List<string> { simple } };

    // A predicate path that tests for elements below (div[p], div[.//img]): a relative selector for :has().
    private static bool IsElementPath(XPathLocationPath path)
    {
        var steps = path.Steps.SkipWhile(s => s is { Axis: "self", NodeTest: "node()", Predicates.Count: 0 }).ToList();
        return steps.Count > 0 && steps[steps.Count - 1] is { Axis: "child" or "descendant", NodeTest: not "text()" } last && last.TestsElements;
    }

    private static string Relative(XPathLocationPath path)
    {
        var steps = path.Steps.SkipWhile(s => s is { Axis: "self", NodeTest: "node()", Predicates.Count: 0 }).ToList();
        var alternatives = Steps(steps, Combinator.Child);
        // Each alternative starts with its own combinator: "> p" for a child step, " p" (descendant) after //.
        return string.Join(", ", alternatives.Select(a => a.StartsWith(" > ", StringComparison.Ordinal) ? "> " + a.Substring(3) : a.StartsWith(" ", StringComparison.Ordinal) ? a.Substring(1) : "> " + a));
    }

    private static (string Name, string Value)? AttributeAndLiteral(XPathExpression a, XPathExpression b) =>
        AttributeName(a) is { } name && b is XPathLiteral literal ? (name, literal.Value) : null;

    private static string? AttributeName(XPathExpression e) =>
        e is XPathLocationPath { Absolute: false, Steps: [var step] } && IsAttribute(step, out var name) ? name : null;

    private static bool IsAttribute(XPathStep step, out string name)
    {
        name = step.NodeTest;
        return step is { Axis: "attribute", Predicates.Count: 0 } && step.NodeTest != "*" && Identifier.IsMatch(step.NodeTest);
    }

    // concat(' ', normalize-space(@a), ' ') — the attribute whose words the idiom tests.
    private static string? ClassWordAttribute(XPathExpression e) =>
        e is XPathFunctionCall { Name: "concat", Arguments: [XPathLiteral { Value: " " }, XPathFunctionCall { Name: "normalize-space", Arguments: [var attr] }, XPathLiteral { Value: " " }] }
            ? AttributeName(attr)
            : null;

    // text(), '.', string(.), normalize-space(.) or normalize-space(): the element's text.
    private static bool IsText(XPathExpression e) => e switch
    {
        XPathLocationPath { Absolute: false, Steps: [{ NodeTest: "text()" or "node()" }] } => true,
        XPathLocationPath { Absolute: false, Steps: [.., { NodeTest: "text()" }] } => true,
        XPathFunctionCall { Name: "normalize-space" or "string" or "translate" or "lower-case" or "string-length", Arguments: var args } => args.Count == 0 || IsText(args[0]),
        XPathFunctionCall { Name: "contains" or "starts-with", Arguments: [var first, ..] } => IsText(first),
        XPathBinary b => IsText(b.Left) || IsText(b.Right),
        _ => false,
    };

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>A CSS string literal in single quotes.</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            if (c is '\'' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007f') sb.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            else sb.Append(c);
        }
        return sb.Append('\'').ToString();
    }

    private sealed class NotCss : Exception
    {
        public NotCss(string reason) : base(reason)
        {
        }
    }
}
