namespace ArticleModel.Schema.Binding;

/// <summary>
/// The syntax of an <c>@jsonld</c> path: property names separated by single dots (<c>headline</c>, <c>author.name</c>);
/// a name holds letters, digits, <c>@</c>, <c>_</c>, <c>-</c>, <c>:</c> or <c>$</c>. The runtime parses paths the same
/// way (<c>ArticleModel.Html</c>'s <c>JsonLdPath</c>).
/// </summary>
internal static class JsonLdPathSyntax
{
    /// <summary>Checks <paramref name="path"/>; on failure <paramref name="offset"/> is where in it the problem is.</summary>
    public static bool TryValidate(string path, out int offset, out string message)
    {
        offset = 0;
        message = string.Empty;
        if (path.Trim().Length == 0)
        {
            message = "the path is empty; expected a property name such as 'headline' or a dotted path such as 'author.name'";
            return false;
        }
        var stepStart = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '.')
            {
                if (i == stepStart)
                {
                    offset = i;
                    message = $"the path '{path}' has an empty step; expected property names separated by single dots, as in 'author.name'";
                    return false;
                }
                stepStart = i + 1;
                continue;
            }
            var c = path[i];
            if (!(char.IsLetterOrDigit(c) || c is '@' or '_' or '-' or ':' or '$'))
            {
                offset = i;
                message = $"the path '{path}' holds '{c}'; expected property names (letters, digits, '@', '_', '-', ':') separated by dots, as in 'author.name' (arrays are stepped through without indexes)";
                return false;
            }
        }
        return true;
    }
}
