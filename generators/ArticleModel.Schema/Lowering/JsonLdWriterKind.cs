namespace ArticleModel.Schema.Lowering;

/// <summary>
/// How one JSON-LD property is written: which <c>JsonLdFieldWriter</c> member the emitter calls and the interpreter
/// calls (<c>"Write" + kind</c>), decided once by <see cref="JsonLdWriters.Choose"/>.
/// </summary>
internal enum JsonLdWriterKind
{
    /// <summary><c>WriteText</c>: a text, handle or string value.</summary>
    Text,

    /// <summary><c>WriteParagraph</c>: a paragraph's text.</summary>
    Paragraph,

    /// <summary><c>WriteTexts</c>: a list of texts as an array.</summary>
    Texts,

    /// <summary><c>WriteJoinedTexts</c>: a list of texts as one text, joined by blank lines.</summary>
    JoinedTexts,

    /// <summary><c>WriteJoinedParagraphs</c>: a list of paragraphs as one text, joined by blank lines.</summary>
    JoinedParagraphs,

    /// <summary><c>WriteDate</c>: ISO 8601 with the parts the date has.</summary>
    Date,

    /// <summary><c>WriteUrl</c>: an absolute URL.</summary>
    Url,

    /// <summary><c>WriteUrls</c>: a list of URLs as an array.</summary>
    Urls,

    /// <summary><c>WriteInt</c>: a number.</summary>
    Int,

    /// <summary><c>WriteNamedNode</c>: <c>{"@type": "Person", "name": …}</c> from a text or string.</summary>
    NamedNode,

    /// <summary><c>WriteNamedNodes</c>: an array of named nodes from a list of texts.</summary>
    NamedNodes,

    /// <summary>A node object from a record, its properties from the record's members (the plan's member map).</summary>
    Node,

    /// <summary>An array of node objects from a list of records.</summary>
    Nodes,
}
