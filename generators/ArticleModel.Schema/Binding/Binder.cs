using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

/// <summary>
/// Binds a <see cref="FileSyntax"/> to a <see cref="SchemaModel"/>: resolves types, checks locators against field types,
/// resolves anchors, finds dependency cycles and computes each article's evaluation order. Declarations and fields with
/// errors are left out of the model (and so are fields that depend on them); everything else is kept.
/// </summary>
internal sealed class Binder
{
    private static readonly string[] TextLocators = { "line", "block", "blocks", "match", "quotes" };
    private static readonly string[] HtmlLocators = { "css", "attr", "meta", "jsonld" };

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, DeclarationSyntax> _recordSyntax = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordSpec> _records = new(StringComparer.Ordinal);

    /// <summary>Records suggested for a misspelt type name: not also reported as unused.</summary>
    private readonly HashSet<string> _suggestedTypes = new(StringComparer.Ordinal);

    private Binder(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    public static SchemaModel Bind(FileSyntax file, SourceText source, DiagnosticBag diagnostics) =>
        new Binder(source, diagnostics).BindFile(file);

    private void Report(SchemaDiagnosticDescriptor descriptor, TextRange range, params object?[] args) =>
        _diagnostics.Add(descriptor, range, args);

    private TextRange Span(Token first, Token last) => _source.Span(first.Range, last.Range);

    private static string Position(TextRange range) => "(" + (range.StartLine + 1) + "," + (range.StartColumn + 1) + ")";

    // ---- file ----

    private SchemaModel BindFile(FileSyntax file)
    {
        string? ns = null;
        if (file.Namespace is { HasErrors: false } nsSyntax && nsSyntax.Parts.Count > 0)
        {
            var ok = true;
            foreach (var part in nsSyntax.Parts)
            {
                if (Naming.IsCSharpKeyword(part.Text))
                {
                    Report(SchemaDiagnosticIds.CSharpKeyword, part.Range, part.Text, "namespace");
                    ok = false;
                }
            }
            if (ok && NameRules.CheckNamespace(nsSyntax.Parts, _diagnostics)) ns = string.Join(".", nsSyntax.Parts.Select(p => p.Text));
        }

        // Declaration names.
        var valid = new HashSet<DeclarationSyntax>();
        var firstByName = new Dictionary<string, DeclarationSyntax>(StringComparer.Ordinal);
        foreach (var decl in file.Declarations)
        {
            if (decl.Name == null) continue;
            var name = decl.Name.Text;
            var kind = decl.IsArticle ? "article" : "record";
            if (Array.IndexOf(Naming.BuiltInTypes, name) >= 0)
            {
                Report(SchemaDiagnosticIds.BuiltInTypeName, decl.Name.Range, kind, name);
                continue;
            }
            if (Naming.IsCSharpKeyword(name))
            {
                Report(SchemaDiagnosticIds.CSharpKeyword, decl.Name.Range, name, kind + " type");
                continue;
            }
            if (!NameRules.CheckTypeName(decl.Name, kind, ns, _diagnostics)) continue;
            if (firstByName.TryGetValue(name, out var first))
            {
                Report(SchemaDiagnosticIds.DuplicateDeclaration, decl.Name.Range, name, Position(first.Name!.Range));
                if (!decl.IsArticle && !_recordSyntax.ContainsKey(name)) _recordSyntax[name] = decl;
                continue;
            }
            firstByName[name] = decl;
            if (!decl.IsArticle) _recordSyntax[name] = decl;
            valid.Add(decl);
        }

        var records = new List<RecordSpec>();
        foreach (var decl in file.Declarations.Where(d => !d.IsArticle))
        {
            var spec = BindRecord(decl);
            if (spec != null && valid.Contains(decl))
            {
                records.Add(spec);
                _records[spec.Name] = spec;
            }
        }

        var articles = new List<ArticleSpec>();
        var usedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decl in file.Declarations.Where(d => d.IsArticle))
        {
            var spec = BindArticle(decl, usedTypes);
            if (spec != null && valid.Contains(decl)) articles.Add(spec);
        }

        foreach (var decl in file.Declarations.Where(d => !d.IsArticle && valid.Contains(d)))
        {
            if (!usedTypes.Contains(decl.Name!.Text) && !_suggestedTypes.Contains(decl.Name.Text)) Report(SchemaDiagnosticIds.UnusedRecord, decl.Name.Range, decl.Name.Text);
        }

        return new SchemaModel(_source.FilePath, ns, articles.ToEquatableArray(), records.ToEquatableArray());
    }

    // ---- names ----

    /// <summary>Checks duplicate names and property names of a declaration's fields; returns the fields that are fine.</summary>
    private HashSet<FieldSyntax> CheckNames(DeclarationSyntax decl)
    {
        var ok = new HashSet<FieldSyntax>();
        var names = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        var properties = new Dictionary<string, FieldSyntax>(StringComparer.Ordinal);
        var owner = decl.Name?.Text ?? "?";
        foreach (var field in decl.Members.OfType<FieldSyntax>())
        {
            var name = field.Name.Text;
            if (names.ContainsKey(name))
            {
                Report(SchemaDiagnosticIds.DuplicateField, field.Name.Range, owner, name);
                continue;
            }
            names[name] = field;
            if (!NameRules.CheckMemberName(field.Name, _diagnostics)) continue;
            var property = Naming.ToPascalCase(name);
            if (!Naming.IsUsablePropertyName(property))
            {
                Report(SchemaDiagnosticIds.InvalidPropertyName, field.Name.Range, name, property);
                continue;
            }
            if (properties.TryGetValue(property, out var other))
            {
                Report(SchemaDiagnosticIds.PropertyNameCollision, field.Name.Range, name, property, other.Name.Text);
                continue;
            }
            properties[property] = field;
            if (decl.Name != null && property == decl.Name.Text)
            {
                Report(SchemaDiagnosticIds.PropertyNameIsTypeName, field.Name.Range, name, property);
                continue;
            }
            if (Array.IndexOf(Naming.GeneratedMembers, property) >= 0)
            {
                Report(SchemaDiagnosticIds.ReservedMemberName, field.Name.Range, name, property);
                continue;
            }
            ok.Add(field);
        }
        return ok;
    }

    // ---- types ----

    private TypeSpec? BindType(TypeSyntax type)
    {
        var name = type.Name.Text;
        ValueKind kind;
        string? recordName = null;
        switch (name)
        {
            case "text": kind = ValueKind.Text; break;
            case "paragraph": kind = ValueKind.Paragraph; break;
            case "int": kind = ValueKind.Int; break;
            case "date": kind = ValueKind.Date; break;
            case "url": kind = ValueKind.Url; break;
            case "handle": kind = ValueKind.Handle; break;
            case "quote": kind = ValueKind.Quote; break;
            default:
                if (!_recordSyntax.ContainsKey(name))
                {
                    var candidates = Naming.BuiltInTypes.Concat(_recordSyntax.Keys).ToList();
                    var suggestion = Naming.Suggest(name, candidates);
                    if (suggestion != null) _suggestedTypes.Add(suggestion);
                    Report(SchemaDiagnosticIds.UnknownType, type.Name.Range, name, suggestion == null ? string.Empty : " (did you mean '" + suggestion + "'?)");
                    return null;
                }
                kind = ValueKind.Record;
                recordName = name;
                break;
        }
        var spec = new TypeSpec(kind, recordName, type.IsOptional, type.IsList);
        if (type.IsList && type.IsOptional)
        {
            Report(SchemaDiagnosticIds.OptionalList, type.Question!.Range, spec.ToString(), (spec with { IsOptional = false }).ToString());
            return null;
        }
        return spec;
    }

    // ---- records ----

    private RecordSpec? BindRecord(DeclarationSyntax decl)
    {
        var okNames = CheckNames(decl);
        var members = new List<RecordFieldSpec>();
        var failed = false;
        foreach (var member in decl.Members)
        {
            if (member is DropSyntax drop)
            {
                Report(SchemaDiagnosticIds.DropInRecord, drop.Keyword.Range, decl.Name?.Text ?? "?");
                continue;
            }
            var field = (FieldSyntax)member;
            if (field.HasErrors || field.Type == null) continue;
            var type = BindType(field.Type);
            var good = type != null && okNames.Contains(field);
            if (type != null && (type.IsList || type.Kind is ValueKind.Quote or ValueKind.Paragraph or ValueKind.Record))
            {
                Report(SchemaDiagnosticIds.InvalidRecordMemberType, _source.Span(field.Type.Name.Range, field.Type.Last.Range), field.Name.Text, type.ToString());
                good = false;
            }
            if (field.Locators.Count > 0)
            {
                var first = field.Locators[0];
                var last = field.Locators[field.Locators.Count - 1];
                Report(SchemaDiagnosticIds.LocatorInRecord, Span(first.At, last.Close), field.Name.Text);
                good = false;
            }
            if (good)
                members.Add(new RecordFieldSpec(field.Name.Text, Naming.ToPascalCase(field.Name.Text), type!, field.Doc, field.Name.Range));
            else
                failed = true;
        }
        _ = failed;
        if (decl.Name == null) return null;
        return new RecordSpec(decl.Name.Text, decl.Doc, members.ToEquatableArray(), decl.Name.Range);
    }

    // ---- articles ----

    private sealed class FieldInfo
    {
        public FieldInfo(FieldSyntax syntax, int index)
        {
            Syntax = syntax;
            Index = index;
        }

        public FieldSyntax Syntax { get; }

        public int Index { get; }

        public TypeSpec? Type { get; set; }

        public bool Ok { get; set; }

        public List<LocatorSpec> Locators { get; } = new();

        /// <summary>Referenced field index → the first token referring to it.</summary>
        public Dictionary<int, Token> References { get; } = new();
    }

    private sealed class ArticleContext
    {
        public ArticleContext(DeclarationSyntax decl) => Decl = decl;

        public DeclarationSyntax Decl { get; }

        public string Name => Decl.Name?.Text ?? "?";

        public Dictionary<string, FieldInfo> ByName { get; } = new(StringComparer.Ordinal);

        public List<FieldInfo> Fields { get; } = new();
    }

    private ArticleSpec? BindArticle(DeclarationSyntax decl, HashSet<string> usedTypes)
    {
        var okNames = CheckNames(decl);
        var ctx = new ArticleContext(decl);
        foreach (var field in decl.Members.OfType<FieldSyntax>())
        {
            if (field.Type != null) usedTypes.Add(field.Type.Name.Text);
            if (ctx.ByName.ContainsKey(field.Name.Text)) continue;
            var info = new FieldInfo(field, ctx.Fields.Count);
            ctx.Fields.Add(info);
            ctx.ByName[field.Name.Text] = info;
        }
        if (!decl.Members.OfType<FieldSyntax>().Any() && decl.Name != null)
            Report(SchemaDiagnosticIds.EmptyArticle, decl.Name.Range, decl.Name.Text);

        // Types first, so @quotes(in:) can check its source's type.
        foreach (var info in ctx.Fields)
        {
            if (info.Syntax.HasErrors || info.Syntax.Type == null) continue;
            info.Type = BindType(info.Syntax.Type);
        }

        var drops = new List<DropSpec>();
        foreach (var member in decl.Members)
        {
            if (member is DropSyntax drop)
            {
                if (drop.HasErrors) continue;
                foreach (var locator in drop.Locators)
                {
                    var spec = BindLocator(locator, ctx, null);
                    if (spec == null) continue;
                    if (spec.Kind == LocatorKind.Quotes)
                    {
                        Report(SchemaDiagnosticIds.InvalidDropLocator, Span(locator.At, locator.Name), locator.Name.Text);
                        continue;
                    }
                    drops.Add(new DropSpec(spec));
                }
                continue;
            }
            var field = (FieldSyntax)member;
            if (!ctx.ByName.TryGetValue(field.Name.Text, out var info) || info.Syntax != field) continue;
            if (field.HasErrors) continue;
            info.Ok = BindField(info, ctx) && info.Type != null && okNames.Contains(field);
        }

        var inCycle = FindCycles(ctx);

        // Leave out failed fields and, transitively, fields that depend on them.
        var kept = ctx.Fields.Where(f => f.Ok && !inCycle.Contains(f.Index)).Select(f => f.Index).ToList();
        var keptSet = new HashSet<int>(kept);
        bool changed;
        do
        {
            changed = false;
            foreach (var index in kept.ToArray())
            {
                if (ctx.Fields[index].References.Keys.Any(r => !keptSet.Contains(r)))
                {
                    keptSet.Remove(index);
                    kept.Remove(index);
                    changed = true;
                }
            }
        }
        while (changed);

        var newIndex = new Dictionary<int, int>();
        var fields = new List<FieldSpec>();
        foreach (var index in kept)
        {
            var info = ctx.Fields[index];
            newIndex[index] = fields.Count;
            fields.Add(new FieldSpec(info.Syntax.Name.Text, Naming.ToPascalCase(info.Syntax.Name.Text), info.Type!, info.Syntax.Doc,
                info.Locators.ToEquatableArray(), info.Syntax.Name.Range));
        }
        var dependencies = kept.Select(i => ctx.Fields[i].References.Keys.Select(r => newIndex[r]).ToArray()).ToArray();
        var order = EvaluationOrder(dependencies);

        if (decl.Name == null) return null;
        return new ArticleSpec(decl.Name.Text, decl.Doc, fields.ToEquatableArray(), drops.ToEquatableArray(), order.ToEquatableArray(), decl.Name.Range);
    }

    /// <summary>
    /// Topological order of fields given each field's dependencies (indexes it needs first); among fields that are
    /// ready, the one declared first goes first. Fields in a cycle (callers remove them first) are appended in order.
    /// </summary>
    internal static int[] EvaluationOrder(int[][] dependencies)
    {
        var n = dependencies.Length;
        var remaining = new int[n];
        var dependents = new List<int>[n];
        for (var i = 0; i < n; i++) dependents[i] = new List<int>();
        for (var i = 0; i < n; i++)
        {
            foreach (var d in dependencies[i].Distinct())
            {
                if (d < 0 || d >= n || d == i) continue;
                remaining[i]++;
                dependents[d].Add(i);
            }
        }
        var ready = new SortedSet<int>();
        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0) ready.Add(i);
        }
        var order = new List<int>();
        var done = new bool[n];
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            done[next] = true;
            foreach (var dep in dependents[next])
            {
                if (--remaining[dep] == 0) ready.Add(dep);
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (!done[i]) order.Add(i);
        }
        return order.ToArray();
    }

    /// <summary>Reports one error per dependency cycle; returns the indexes of fields in a cycle.</summary>
    private HashSet<int> FindCycles(ArticleContext ctx)
    {
        var n = ctx.Fields.Count;
        var edges = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = ctx.Fields[i].Ok ? ctx.Fields[i].References.Keys.Where(r => ctx.Fields[r].Ok).OrderBy(r => r).ToList() : new List<int>();
        }
        var result = new HashSet<int>();
        foreach (var scc in StronglyConnected(edges).Where(c => c.Count > 1).OrderBy(c => c.Min()))
        {
            var members = new HashSet<int>(scc);
            var start = scc.Min();
            var path = FindPath(start, start, edges, members) ?? new List<int> { start };
            var names = path.Select(i => ctx.Fields[i].Syntax.Name.Text).Concat(new[] { ctx.Fields[start].Syntax.Name.Text });
            var at = path.Count > 1 ? ctx.Fields[start].References[path[1]] : ctx.Fields[start].References[path[0]];
            Report(SchemaDiagnosticIds.DependencyCycle, at.Range, string.Join(" → ", names));
            result.UnionWith(scc);
        }
        return result;
    }

    private static List<int>? FindPath(int from, int target, List<int>[] edges, HashSet<int> within)
    {
        // Shortest cycle from 'from' back to 'target' (BFS), neighbours in declaration order.
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(from);
        var seen = new HashSet<int> { from };
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges[node])
            {
                if (!within.Contains(next)) continue;
                if (next == target)
                {
                    var path = new List<int> { node };
                    while (path[0] != from) path.Insert(0, previous[path[0]]);
                    return path;
                }
                if (seen.Add(next))
                {
                    previous[next] = node;
                    queue.Enqueue(next);
                }
            }
        }
        return null;
    }

    private static List<List<int>> StronglyConnected(List<int>[] edges)
    {
        var n = edges.Length;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        for (var i = 0; i < n; i++) index[i] = -1;
        var stack = new Stack<int>();
        var result = new List<List<int>>();
        var counter = 0;

        void Visit(int v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack[v] = true;
            foreach (var w in edges[v])
            {
                if (index[w] < 0)
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack[w])
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var component = new List<int>();
                int w;
                do
                {
                    w = stack.Pop();
                    onStack[w] = false;
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (index[i] < 0) Visit(i);
        }
        return result;
    }

    // ---- fields and locators ----

    /// <summary>Binds a field's locators and checks they fit its type. Returns false when there was an error.</summary>
    private bool BindField(FieldInfo info, ArticleContext ctx)
    {
        var field = info.Syntax;
        var ok = true;
        if (field.Locators.Count == 0)
        {
            Report(SchemaDiagnosticIds.NoLocator, field.Name.Range, field.Name.Text);
            return false;
        }
        LocatorSyntax? firstText = null;
        foreach (var locator in field.Locators)
        {
            var spec = BindLocator(locator, ctx, info);
            if (spec == null)
            {
                if (!IsHtml(locator.Name.Text)) ok = false;
                continue;
            }
            if (firstText != null)
            {
                Report(SchemaDiagnosticIds.MultipleTextLocators, Span(locator.At, locator.Name), field.Name.Text, firstText.Name.Text, locator.Name.Text);
                ok = false;
                continue;
            }
            firstText = locator;
            if (info.Type != null && !CheckFit(info, info.Type, spec, locator)) ok = false;
            info.Locators.Add(spec);
        }
        return ok;
    }

    private static bool IsHtml(string name) => Array.IndexOf(HtmlLocators, name) >= 0;

    private bool CheckFit(FieldInfo info, TypeSpec type, LocatorSpec spec, LocatorSyntax locator)
    {
        var name = info.Syntax.Name.Text;
        var head = Span(locator.At, locator.Name);
        if (type.Kind == ValueKind.Quote && spec.Kind != LocatorKind.Quotes)
        {
            Report(SchemaDiagnosticIds.QuoteNeedsQuotes, head, name, type.ToString(), locator.Name.Text);
            return false;
        }
        switch (spec.Kind)
        {
            case LocatorKind.Line:
            case LocatorKind.Block:
                if (type.IsList)
                {
                    Report(SchemaDiagnosticIds.SingleLocatorOnList, head, locator.Name.Text, name, type.ToString());
                    return false;
                }
                if (type.Kind == ValueKind.Record)
                {
                    Report(SchemaDiagnosticIds.LocatorTypeMismatch, head, locator.Name.Text, name, type.ToString(),
                        "text, paragraph, int, date, url or handle (a record is filled only by @match with named groups)");
                    return false;
                }
                return true;
            case LocatorKind.Blocks:
                if (!type.IsList || (type.Kind != ValueKind.Text && type.Kind != ValueKind.Paragraph))
                {
                    Report(SchemaDiagnosticIds.BlocksNeedsTextList, head, name, type.ToString());
                    return false;
                }
                return true;
            case LocatorKind.Match:
                if (type.Kind == ValueKind.Record && spec.Pattern != null)
                    return CheckGroups(type.RecordName!, spec.Pattern, locator);
                return true;
            case LocatorKind.Quotes:
                if (type.Kind != ValueKind.Quote || !type.IsList)
                {
                    Report(SchemaDiagnosticIds.LocatorTypeMismatch, head, locator.Name.Text, name, type.ToString(), "quote[]");
                    return false;
                }
                return true;
            default:
                return true;
        }
    }

    private bool CheckGroups(string recordName, RegexSpec pattern, LocatorSyntax locator)
    {
        if (!_recordSyntax.TryGetValue(recordName, out var record)) return true;
        var members = record.Members.OfType<FieldSyntax>().ToList();
        var memberNames = members.Select(m => m.Name.Text).Distinct().ToList();
        var regexToken = locator.Arguments.First(a => a.Name == null).Values[0];
        var ok = true;
        foreach (var group in pattern.GroupNames)
        {
            if (memberNames.Contains(group)) continue;
            Report(SchemaDiagnosticIds.UnknownGroup, GroupRange(regexToken, group), group, recordName,
                Naming.JoinOr(memberNames) + Naming.DidYouMean(group, memberNames));
            ok = false;
        }
        // Required members: only those that bound (a member with its own error is not reported again here).
        if (_records.TryGetValue(recordName, out var spec))
        {
            foreach (var member in spec.Fields)
            {
                if (member.Type.IsOptional || pattern.GroupNames.Contains(member.Name)) continue;
                Report(SchemaDiagnosticIds.MissingGroup, regexToken.Range, member.Name, recordName, member.Type.ToString());
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>The range of a group's name inside a regex literal, or the whole literal.</summary>
    private TextRange GroupRange(Token regex, string group)
    {
        foreach (var form in new[] { "(?<" + group + ">", "(?'" + group + "'", "(?<" + group + "-", "(?'" + group + "-" })
        {
            var at = regex.Text.IndexOf(form, StringComparison.Ordinal);
            if (at >= 0) return _source.Range(regex.Range.Start + at + 3, group.Length);
        }
        return regex.Range;
    }

    private sealed class LocatorShape
    {
        public LocatorShape(LocatorKind kind, string form, string? positional, params string[] named)
        {
            Kind = kind;
            Form = form;
            Positional = positional;
            Named = named;
        }

        public LocatorKind Kind { get; }

        public string Form { get; }

        /// <summary>"int", "regex" or null.</summary>
        public string? Positional { get; }

        public string[] Named { get; }
    }

    private const string RegionForm = "[, after:|from: anchor] [, until:|through: anchor]";

    private static LocatorShape? Shape(string name) => name switch
    {
        "line" => new LocatorShape(LocatorKind.Line, "@line(n [, where: /re/])", "int", "where"),
        "block" => new LocatorShape(LocatorKind.Block, "@block(n " + RegionForm + " [, where: /re/])", "int", "after", "from", "until", "through", "where"),
        "blocks" => new LocatorShape(LocatorKind.Blocks, "@blocks([after:|from: anchor] [, until:|through: anchor])", null, "after", "from", "until", "through"),
        "match" => new LocatorShape(LocatorKind.Match, "@match(/re/ " + RegionForm + ")", "regex", "after", "from", "until", "through"),
        "quotes" => new LocatorShape(LocatorKind.Quotes, "@quotes(in: field)", null, "in"),
        _ => null,
    };

    /// <summary>Binds one locator; <paramref name="owner"/> is null for a drop rule. Null on error or for an HTML locator.</summary>
    private LocatorSpec? BindLocator(LocatorSyntax locator, ArticleContext ctx, FieldInfo? owner)
    {
        var name = locator.Name.Text;
        var head = Span(locator.At, locator.Name);
        var whole = Span(locator.At, locator.Close);
        if (IsHtml(name))
        {
            Report(SchemaDiagnosticIds.HtmlLocatorIgnored, head, name);
            return null;
        }
        var shape = Shape(name);
        if (shape == null)
        {
            Report(SchemaDiagnosticIds.UnknownLocator, head, name, Naming.DidYouMean(name, TextLocators.Concat(HtmlLocators)));
            return null;
        }
        if (owner == null && shape.Kind == LocatorKind.Quotes)
        {
            Report(SchemaDiagnosticIds.InvalidDropLocator, head, name);
            return null;
        }

        var ok = true;
        var index = 0;
        RegexSpec? pattern = null;
        RegexSpec? where = null;
        string? source = null;
        AnchorSpec? start = null, end = null;
        bool startInclusive = false, endInclusive = false;
        Token? startName = null, endName = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sawPositional = false;

        for (var a = 0; a < locator.Arguments.Count; a++)
        {
            var argument = locator.Arguments[a];
            if (argument.Name == null)
            {
                if (shape.Positional == null || sawPositional || a > 0)
                {
                    Report(SchemaDiagnosticIds.UnexpectedPositionalArgument, ArgumentRange(argument), name, shape.Form);
                    ok = false;
                    continue;
                }
                sawPositional = true;
                if (shape.Positional == "int")
                {
                    var v = Single(argument, "the position", name, "a non-zero integer (1 is the first, -1 the last), as in " + shape.Form);
                    if (v == null || v.IsBad)
                    {
                        ok = false;
                    }
                    else if (v.Kind != TokenKind.Integer)
                    {
                        Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the position", name, Describe(v), "a non-zero integer (1 is the first, -1 the last), as in " + shape.Form);
                        ok = false;
                    }
                    else if (v.IntValue == 0)
                    {
                        Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the position", name, "0", "a non-zero integer (1 is the first, -1 the last; positions are 1-based)");
                        ok = false;
                    }
                    else
                    {
                        index = v.IntValue;
                    }
                }
                else
                {
                    var v = Single(argument, "the pattern", name, "one /regex/, as in " + shape.Form);
                    if (v == null || v.Kind != TokenKind.Regex)
                    {
                        if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the pattern", name, Describe(v), "a /regex/, as in " + shape.Form);
                        ok = false;
                    }
                    else
                    {
                        pattern = BindRegex(v);
                        if (pattern == null) ok = false;
                    }
                }
                continue;
            }

            var argName = argument.Name.Text;
            if (Array.IndexOf(shape.Named, argName) < 0)
            {
                var suggestion = Naming.DidYouMean(argName, shape.Named);
                Report(SchemaDiagnosticIds.UnknownArgument, argument.Name.Range, argName, name, shape.Form + suggestion);
                ok = false;
                continue;
            }
            if (!seen.Add(argName))
            {
                Report(SchemaDiagnosticIds.DuplicateArgument, argument.Name.Range, argName, shape.Form);
                ok = false;
                continue;
            }
            switch (argName)
            {
                case "where":
                    {
                        var v = Single(argument, "'where:'", name, "one /regex/ the found text must match");
                        if (v == null || v.Kind != TokenKind.Regex)
                        {
                            if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'where:'", name, Describe(v), "a /regex/ the found text must match");
                            ok = false;
                        }
                        else
                        {
                            where = BindRegex(v);
                            if (where == null) ok = false;
                        }
                        break;
                    }
                case "in":
                    {
                        var v = Single(argument, "'in:'", name, "the name of another field, as in @quotes(in: body)");
                        if (v == null || v.Kind != TokenKind.Identifier)
                        {
                            if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'in:'", name, Describe(v), "the name of another field, as in @quotes(in: body)");
                            ok = false;
                        }
                        else if (owner != null)
                        {
                            var target = ResolveField(v, "in", ctx, owner);
                            if (target == null)
                            {
                                ok = false;
                            }
                            else
                            {
                                if (target.Type != null && !IsQuoteSource(target.Type))
                                {
                                    Report(SchemaDiagnosticIds.QuotesSourceType, v.Range, v.Text, target.Type.ToString());
                                    ok = false;
                                }
                                source = v.Text;
                            }
                        }
                        break;
                    }
                default:
                    {
                        var isStart = argName is "after" or "from";
                        var conflict = isStart ? startName : endName;
                        if (conflict != null)
                        {
                            Report(SchemaDiagnosticIds.ConflictingRegionBounds, argument.Name.Range, argName, conflict.Text, isStart ? "starts" : "ends");
                            ok = false;
                            break;
                        }
                        var anchor = BindAnchor(argument, name, ctx, owner);
                        if (anchor == null)
                        {
                            ok = false;
                        }
                        if (isStart)
                        {
                            startName = argument.Name;
                            start = anchor;
                            startInclusive = argName == "from";
                        }
                        else
                        {
                            endName = argument.Name;
                            end = anchor;
                            endInclusive = argName == "through";
                        }
                        break;
                    }
            }
        }

        if (shape.Positional != null && !sawPositional && ok)
        {
            Report(SchemaDiagnosticIds.MissingArgument, whole, name, shape.Positional == "int" ? "a position" : "a /regex/", shape.Form);
            ok = false;
        }
        if (shape.Kind == LocatorKind.Quotes && !seen.Contains("in") && ok)
        {
            Report(SchemaDiagnosticIds.MissingArgument, whole, name, "'in: field'", shape.Form);
            ok = false;
        }
        if (!ok) return null;
        var region = start == null && end == null ? RegionSpec.Whole : new RegionSpec(start, startInclusive, end, endInclusive);
        var format = shape.Kind == LocatorKind.Quotes ? InputFormat.Any : InputFormat.Text;
        return new LocatorSpec(shape.Kind, format, index, pattern, region, where, source, whole);
    }

    private static bool IsQuoteSource(TypeSpec t) => t.Kind is ValueKind.Text or ValueKind.Paragraph;

    private TextRange ArgumentRange(ArgumentSyntax argument)
    {
        var first = argument.Name ?? argument.Values[0];
        return Span(first, argument.Values[argument.Values.Count - 1]);
    }

    private static string Describe(Token t) => t.Kind switch
    {
        TokenKind.Integer => "an integer",
        TokenKind.Regex => "a regex",
        TokenKind.String => "a string",
        TokenKind.Identifier => "a name ('" + t.Text + "')",
        _ => t.Describe(),
    };

    /// <summary>The argument's one value, or null (reported) when it has '|' alternatives.</summary>
    private Token? Single(ArgumentSyntax argument, string what, string locator, string expected)
    {
        if (argument.Values.Count == 1) return argument.Values[0];
        Report(SchemaDiagnosticIds.InvalidArgumentValue, argument.Values[1].Range, what, locator, "a list of '|' alternatives", expected + " ('|' is only for region anchors)");
        return null;
    }

    private AnchorSpec? BindAnchor(ArgumentSyntax argument, string locator, ArticleContext ctx, FieldInfo? owner)
    {
        var alternatives = new List<AnchorAlternative>();
        var ok = true;
        var argName = argument.Name!.Text;
        foreach (var v in argument.Values)
        {
            if (v.Kind == TokenKind.Regex)
            {
                var regex = BindRegex(v);
                if (regex == null) ok = false;
                else alternatives.Add(new AnchorAlternative(null, regex));
                continue;
            }
            if (v.Kind == TokenKind.Identifier)
            {
                if (owner == null)
                {
                    Report(SchemaDiagnosticIds.DropAnchorField, v.Range, v.Text);
                    ok = false;
                    continue;
                }
                var target = ResolveField(v, argName, ctx, owner);
                if (target == null) ok = false;
                else alternatives.Add(new AnchorAlternative(v.Text, null));
                continue;
            }
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "an anchor ('" + argName + ":')", locator, Describe(v),
                owner == null ? "a /regex/, alternatives separated by '|'" : "a field name or a /regex/, alternatives separated by '|'");
            ok = false;
        }
        return ok ? new AnchorSpec(alternatives.ToEquatableArray()) : null;
    }

    private FieldInfo? ResolveField(Token name, string argName, ArticleContext ctx, FieldInfo owner)
    {
        if (!ctx.ByName.TryGetValue(name.Text, out var target))
        {
            Report(SchemaDiagnosticIds.UnknownField, name.Range, name.Text, argName, ctx.Name, Naming.DidYouMean(name.Text, ctx.ByName.Keys));
            return null;
        }
        if (target == owner)
        {
            Report(SchemaDiagnosticIds.SelfReference, name.Range, name.Text, argName);
            return null;
        }
        if (!owner.References.ContainsKey(target.Index)) owner.References[target.Index] = name;
        return target;
    }

    private RegexSpec? BindRegex(Token token)
    {
        if (token.IsBad) return null;
        var flags = RegexFlags.None;
        var ok = true;
        for (var i = 0; i < token.Flags.Length; i++)
        {
            var c = token.Flags[i];
            var flag = c switch
            {
                'i' => RegexFlags.IgnoreCase,
                'm' => RegexFlags.Multiline,
                _ => RegexFlags.None,
            };
            if (flag == RegexFlags.None || (flags & flag) != 0)
            {
                Report(SchemaDiagnosticIds.InvalidRegexFlag, _source.Range(token.FlagsStart + i, 1), c.ToString());
                ok = false;
                continue;
            }
            flags |= flag;
        }
        Regex regex;
        try
        {
            regex = new Regex(token.Value, RegexAnalysis.ToOptions(flags));
        }
        catch (ArgumentException e)
        {
            Report(SchemaDiagnosticIds.InvalidRegex, token.Range, token.Value, e.Message.TrimEnd('.'));
            return null;
        }
        if (!ok) return null;
        if (BacktrackingAnalysis.Construct(token.Value) is { } construct) Report(SchemaDiagnosticIds.BacktrackingPattern, token.Range, GeneratedNames.ForMessage(token.Text), construct);
        return new RegexSpec(token.Value, flags, RegexAnalysis.RequiredLiteral(token.Value, flags), RegexAnalysis.NamedGroups(regex).ToEquatableArray());
    }
}
