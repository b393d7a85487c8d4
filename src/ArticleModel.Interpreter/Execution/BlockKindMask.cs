using System;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;

namespace ArticleModel.Interpreter;

/// <summary>The <c>kind:</c> filter of <c>@blocks</c> as the mask <see cref="ParseContext.FindBlocks(LineRegion, int)"/> takes (the generated code writes the same mask as a constant).</summary>
internal static class BlockKindMask
{
    /// <summary>The mask of the <c>BlockKind</c> members <paramref name="kinds"/> names; null when it names none (every block).</summary>
    public static int? Of(EquatableArray<string> kinds)
    {
        if (kinds.Count == 0) return null;
        var mask = 0;
        foreach (var kind in kinds) mask |= 1 << (int)(BlockKind)Enum.Parse(typeof(BlockKind), kind);
        return mask;
    }
}
