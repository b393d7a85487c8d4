namespace Consumer.Library;

/// <summary>Library code that uses the type generated from Recipes/Recipe.article.</summary>
public static class RecipeBook
{
    public static string Describe(string text)
    {
        var result = Recipe.Parse(text);
        var recipe = result.Value!;
        return $"{recipe.Title} serves {recipe.Serves} in {recipe.Steps.Count} steps";
    }
}
