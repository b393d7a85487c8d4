namespace ArticleModel.Interpreter;

/// <summary>The value of one interpreted <c>article</c>: its fields in declaration order.</summary>
public sealed class ArticleValue : InterpretedValue
{
    internal ArticleValue(ValueShape shape, object?[] values, bool[]? absent) : base(shape, values, absent)
    {
    }
}
