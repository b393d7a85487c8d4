using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>Creates each distinct pattern's regex once per schema (the generated code has one static field per pattern and type).</summary>
internal sealed class RegexCache
{
    private readonly Dictionary<(string, bool, bool), Regex> _regexes = new();

    public CompiledPattern Get(RegexPlan plan)
    {
        var key = (plan.Pattern, plan.IgnoreCase, plan.Multiline);
        if (!_regexes.TryGetValue(key, out var regex))
        {
            regex = SchemaRegex.Create(plan.Pattern, plan.IgnoreCase, plan.Multiline, plan.NeedsBacktracking);
            _regexes.Add(key, regex);
        }
        return new CompiledPattern(regex, plan.RequiredLiteral, plan.IgnoreCase);
    }
}
