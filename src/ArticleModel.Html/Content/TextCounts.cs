namespace ArticleModel.Html.Content;

/// <summary>
/// Commas and weighted length (each Chinese, Japanese or Korean character counted as three) of any range of the
/// document text, from running totals kept every <see cref="BlockSize"/> characters plus a scan of at most that many at
/// each end. Totals for every character cost 8 bytes a character, 16 MB for a 2 MB page (issue 9 item 7); one total per
/// block costs an eighth of a byte.
/// </summary>
internal sealed class TextCounts
{
    private const int BlockShift = 6;
    private const int BlockSize = 1 << BlockShift;

    private readonly string _text;
    private readonly int[] _commas;
    private readonly int[] _weights;

    public TextCounts(string text)
    {
        _text = text;
        var blocks = (text.Length >> BlockShift) + 1;
        _commas = new int[blocks];
        _weights = new int[blocks];
        int commas = 0, weight = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & (BlockSize - 1)) == 0)
            {
                _commas[i >> BlockShift] = commas;
                _weights[i >> BlockShift] = weight;
            }
            var c = text[i];
            if (IsComma(c)) commas++;
            weight += IsCjk(c) ? 3 : 1;
        }
        // a text whose length is a whole number of blocks: the total at its end opens the last (empty) block
        if ((text.Length & (BlockSize - 1)) == 0)
        {
            _commas[text.Length >> BlockShift] = commas;
            _weights[text.Length >> BlockShift] = weight;
        }
    }

    /// <summary>Commas (Latin, full-width, ideographic, Arabic) in [start, end).</summary>
    public int CommasIn(int start, int end) => CommasBefore(end) - CommasBefore(start);

    /// <summary>The weighted length of [start, end).</summary>
    public int WeightedIn(int start, int end) => WeightBefore(end) - WeightBefore(start);

    private int CommasBefore(int position)
    {
        var block = position >> BlockShift;
        var n = _commas[block];
        for (var i = block << BlockShift; i < position; i++)
        {
            if (IsComma(_text[i])) n++;
        }
        return n;
    }

    private int WeightBefore(int position)
    {
        var block = position >> BlockShift;
        var n = _weights[block];
        for (var i = block << BlockShift; i < position; i++) n += IsCjk(_text[i]) ? 3 : 1;
        return n;
    }

    private static bool IsComma(char c) => c is ',' or '\uFF0C' or '\u3001' or '\u060C';

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';
}
