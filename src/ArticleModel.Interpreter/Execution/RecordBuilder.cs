using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs a <see cref="RecordPlan"/>: the generated <c>FromMatch</c>.</summary>
internal sealed class RecordBuilder
{
    private readonly RecordPlan _plan;
    private readonly TextTransform[][] _transforms;

    public RecordBuilder(RecordPlan plan, RegexCache cache)
    {
        _plan = plan;
        var regexes = new CompiledPattern[plan.Regexes.Count];
        for (var i = 0; i < regexes.Length; i++) regexes[i] = cache.Get(plan.Regexes[i]);
        _transforms = new TextTransform[plan.Members.Count][];
        for (var i = 0; i < _transforms.Length; i++) _transforms[i] = Transforms.Build(plan.Members[i].Transforms, regexes);
        var n = plan.Members.Count;
        var names = new string[n];
        var types = new TypeSpec[n];
        var writers = new JsonWriterKind[n];
        for (var i = 0; i < n; i++)
        {
            names[i] = plan.Members[i].Name;
            types[i] = plan.Members[i].Type;
            writers[i] = plan.Members[i].Json;
        }
        Shape = new ValueShape(plan.Name, names, types, writers);
        // A record's members are scalars (never records), so the empty record needs no other builder.
        var empty = new object?[n];
        for (var i = 0; i < n; i++) empty[i] = Conversions.StandIn(plan.Members[i].Missing, plan.Members[i].Type.Kind, null);
        Empty = new RecordValue(Shape, empty, null);
    }

    /// <summary>The stand-in of a required record field that was not found (the generated <c>new Record()</c>).</summary>
    public RecordValue Empty { get; }

    public ValueShape Shape { get; }

    public RecordValue FromMatch(ParseContext context, Match match, string field, bool recordSpans)
    {
        var members = _plan.Members;
        var values = new object?[members.Count];
        bool[]? absent = null;
        for (var i = 0; i < values.Length; i++)
        {
            var member = members[i];
            var name = member.Name;
            var key = field + RecordPlan.MemberSeparator + name;
            string? t;
            SourceSpan s;
            if (_transforms[i].Length == 0)
            {
                t = ParseContext.GroupText(match, name);
                s = context.GroupSpan(match, name);
            }
            else
            {
                // The member's transforms run on its group's text; text empty afterwards is not captured.
                var x = context.Transform(context.FromGroup(match, name), _transforms[i], key);
                t = x.Text;
                s = x.Found ? context.Span(x) : default;
            }
            if (member.Required && t is null) context.MissingMember(field, name, context.MatchSpan(match));
            if (t is not null && recordSpans) context.Spans.Add(key, s);
            var v = Conversions.Convert(context, member.Conversion, t, s, key, member.Required);
            if (v is null && member.Missing.TracksAbsence())
            {
                absent ??= new bool[values.Length];
                absent[i] = true;
            }
            values[i] = v ?? Conversions.StandIn(member.Missing, member.Type.Kind, null);
        }
        return new RecordValue(Shape, values, absent);
    }
}
