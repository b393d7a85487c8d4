using Consumer.Library;
using Consumer.LibraryApp;

Console.WriteLine("recipe: " + RecipeBook.Describe("Barley Soup\n\nServes 4\n\nRinse the barley.\n\nSimmer for an hour.\n\nSeason and serve.\n"));
var review = Review.Parse("The Long Harbour\n\nRating: 4 out of 5\n\nA patient, handsome film about a town that refuses to change.\n").Value!;
Console.WriteLine($"review: {review.Film} rated {review.Rating} ({review.Verdict.Count} paragraph)");
Console.WriteLine($"recipe type from: {typeof(Recipe).Assembly.GetName().Name}");
Console.WriteLine($"review type from: {typeof(Review).Assembly.GetName().Name}");
