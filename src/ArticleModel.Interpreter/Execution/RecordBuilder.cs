using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Runs a <see cref="RecordPlan"/>: the generated <c>FromMatch</c>.</summary>
internal sealed class RecordBuilder
{
    private readonly RecordPlan _plan;

    public RecordBuilder(RecordPlan plan)
    {
        _plan = plan;
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
    }

    public ValueShape Shape { get; }

    public RecordValue FromMatch(ParseContext context, Match match, string field, bool recordSpans)
    {
        var members = _plan.Members;
        var values = new object?[members.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var member = members[i];
            var name = member.Name;
            var key = field + RecordPlan.MemberSeparator + name;
            var t = ParseContext.GroupText(match, name);
            var s = context.GroupSpan(match, name);
            if (member.Required && t is null) context.MissingMember(field, name, context.MatchSpan(match));
            if (t is not null && recordSpans) context.Spans.Add(key, s);
            var v = Conversions.Convert(context, member.Conversion, t, s, key, member.Required);
            values[i] = v ?? Conversions.MissingValueOf(member.Missing, member.Type.Kind);
        }
        return new RecordValue(Shape, values);
    }
}
