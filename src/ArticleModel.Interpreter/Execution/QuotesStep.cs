using System;
using ArticleModel.CompilerServices;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary><see cref="LocateStrategy.Quotes"/>: <c>@quotes(in: field)</c>.</summary>
internal sealed class QuotesStep : FieldStep
{
    private readonly QuoteSourcePlan _source;

    public QuotesStep(FieldPlan plan) : base(plan) => _source = plan.QuoteSource!;

    public override void Run(ParseContext context, ParseState state)
    {
        state.H[Index] = Hit.None;
        var source = _source.Field;
        var v = _source.Kind switch
        {
            QuoteSourceKind.NoText => context.Quotes(Array.Empty<Hit>()),
            QuoteSourceKind.Blocks => context.Quotes(state.Hs[source] ?? Array.Empty<Hit>()),
            QuoteSourceKind.FieldHits => context.Quotes(state.Hl[source] ?? Array.Empty<Hit>()),
            QuoteSourceKind.Matches => context.Quotes(ParseContext.HitsOf(state.Ms[source] ?? Array.Empty<MatchHit>())),
            _ => context.Quotes(state.H[source]),
        };
        context.Spans.Add(Name, ParseContext.SpansOf(v));
        state.V[Index] = v;
    }
}
