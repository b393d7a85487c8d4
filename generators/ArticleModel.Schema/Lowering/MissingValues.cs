namespace ArticleModel.Schema.Lowering;

/// <summary>Facts about <see cref="MissingValue"/> both back ends read.</summary>
internal static class MissingValues
{
    /// <summary>
    /// Whether a value with this missing value is required and single, so its property is not nullable and whether it
    /// was found is tracked separately (JSON writes <c>null</c> for it when it was not).
    /// </summary>
    public static bool TracksAbsence(this MissingValue missing) => missing is not (MissingValue.Null or MissingValue.EmptyList);
}
