namespace ArticleModel.Schema.Binding;

/// <summary>What a locator argument binds to.</summary>
internal enum ParameterKind
{
    /// <summary>A non-zero integer: the 1-based line or block, negative from the end.</summary>
    Position,

    /// <summary>A <c>/regex/</c>: the pattern of <c>@match</c>.</summary>
    Pattern,

    /// <summary><c>where: /regex/</c>: a pattern the found text must match.</summary>
    Where,

    /// <summary><c>in: field</c>: the field whose paragraphs <c>@quotes</c> searches.</summary>
    Source,

    /// <summary><c>format: "MMMM d, yyyy"</c>: the .NET custom format a date field's text is read with.</summary>
    DateFormat,

    /// <summary><c>zone: "America/New_York"</c>: the time zone of a date field's times without an offset.</summary>
    DateZone,

    /// <summary><c>after:</c>/<c>from:</c>: the region's start anchor (alternatives separated by '|').</summary>
    RegionStart,

    /// <summary><c>until:</c>/<c>through:</c>: the region's end anchor (alternatives separated by '|').</summary>
    RegionEnd,

    /// <summary><c>part: after|before</c>: the part of the matched block that is the value.</summary>
    Part,

    /// <summary><c>strip: /regex/</c>: a pattern whose match at the start of the found text is removed from it.</summary>
    Strip,

    /// <summary><c>minWords: 2</c>: the fewest words a quote of <c>@quotes</c> has to have.</summary>
    QuoteMinWords,

    /// <summary><c>marks: curly | straightDouble</c>: the quote marks <c>@quotes</c> counts (alternatives separated by '|').</summary>
    QuoteMarks,

    /// <summary><c>organisations: false</c>: whether <c>@quotes</c> gives organisations as speakers.</summary>
    QuoteOrganisations,

    /// <summary>A string argument of an HTML locator (<c>attr:</c>, <c>clean:</c>).</summary>
    HtmlString,

    /// <summary><c>kind: paragraph | quote</c>: the block kinds <c>@blocks</c> keeps (alternatives separated by '|').</summary>
    BlockKind,
}
