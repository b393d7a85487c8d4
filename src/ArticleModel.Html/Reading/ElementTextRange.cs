namespace ArticleModel.Html.Reading;

/// <summary>The document text an element produced: [<see cref="Start"/>, <see cref="End"/>) in <see cref="ArticleDocument.Text"/>.</summary>
internal readonly struct ElementTextRange
{
    internal ElementTextRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    internal int Start { get; }

    internal int End { get; }
}
