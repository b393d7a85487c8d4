namespace ArticleModel.Interpreter;

/// <summary>The value of one interpreted <c>record</c> (for example a byline): its members in declaration order.</summary>
public sealed class RecordValue : InterpretedValue
{
    internal RecordValue(ValueShape shape, object?[] values, bool[]? absent) : base(shape, values, absent)
    {
    }
}
