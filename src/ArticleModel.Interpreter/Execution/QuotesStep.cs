using System;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><c>@quotes(in: field, minWords: …, marks: …, organisations: …)</c>: the quotes in the source field's paragraphs.</summary>
internal sealed class QuotesStep : FieldStep
{
    private readonly QuoteSourcePlan _source;

    // Built once per step, as the generated code's static s_quotes{i} field; null means the extractor's defaults.
    private readonly QuoteOptions? _options;

    public QuotesStep(FieldPlan plan) : base(plan)
    {
        _source = plan.QuoteSource!;
        _options = OptionsOf(plan.QuoteOptions);
    }

    /// <summary>The runtime options of a plan's <see cref="QuoteOptionsSpec"/> (the two flag enums have the same values).</summary>
    internal static QuoteOptions? OptionsOf(QuoteOptionsSpec? spec) =>
        spec is null ? null : new QuoteOptions(spec.MinWords, (QuoteMarks)(int)spec.Marks, spec.OrganisationsAsSpeakers);

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        var source = _source.Field;
        var v = _source.Kind switch
        {
            QuoteSourceKind.NoText => context.Quotes(Array.Empty<Hit>(), _options),
            QuoteSourceKind.Blocks => context.Quotes(state.Hs[source] ?? Array.Empty<Hit>(), _options),
            _ => context.Quotes(state.H[source], _options),
        };
        context.Spans.Add(Name, ParseContext.SpansOf(v));
        state.V[Index] = v;
    }
}
