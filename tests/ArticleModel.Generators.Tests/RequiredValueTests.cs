using System.Linq;
using ArticleModel.Generators.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Issue 8 item 2: required values are not nullable (only <c>?</c> fields are); a required value that was not found
/// holds a stand-in, Success is false, and JSON writes null for it. A <c>with</c> that sets it clears the mark.
/// </summary>
public class RequiredValueTests
{
    private const string Schema = """
        namespace Req;
        article Story {
          title   : text      @line(1)
          count   : int       @match(/^Count: (?<value>.+)$/)
          date    : date      @match(/^Date: (?<value>.+)$/)
          lead    : paragraph @match(/^Lead: (?<value>.+)$/)
          link    : url       @match(/^Link: (?<value>.+)$/)
          by      : Byline    @match(/^By (?<name>\w+), (?<age>\d+)$/)
          maybe   : int?      @match(/^Maybe: (?<value>\d+)$/)
          tags    : text[]    @match(/^#(?<value>\w+)$/)
        }
        record Byline { name: text; age: int }
        """;

    // Consumer code with nullable warnings on: it must compile without a warning, so these properties are not nullable.
    private const string Consumer = """
        #nullable enable
        namespace Consumer;
        public static class Use
        {
            public static string Read(Req.Story s)
            {
                int count = s.Count;
                global::ArticleModel.ArticleDate date = s.Date;
                string lead = s.Lead.Text;
                string host = s.Link.Host;
                string name = s.By.Name;
                int age = s.By.Age;
                int? maybe = s.Maybe;
                return s.Title.Length + count + date.Year + lead + host + name + age + maybe + s.Tags.Count;
            }
            public static string Fix(Req.Story s) => (s with { Count = 5 }).ToJson();
        }
        """;

    [Fact]
    public void Required_values_are_not_nullable_and_a_failed_parse_writes_null_for_them()
    {
        var (output, _, diagnostics) = GeneratorHarness.Run("Story.article", Schema, Consumer);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        var assembly = GeneratorHarness.Load(output);

        var failed = GeneratorHarness.ParseToJson(assembly, "Req.Story", "Just a title");
        Assert.Contains("AM3001", failed);
        foreach (var field in new[] { "count", "date", "lead", "link", "by" }) Assert.Contains($"\"{field}\": null", failed);
        Assert.Contains("\"title\": \"Just a title\"", failed);
        Assert.Contains("\"tags\": []", failed);

        var ok = GeneratorHarness.ParseToJson(assembly, "Req.Story",
            "T\n\nCount: 3\n\nDate: March 3, 2025\n\nLead: It began.\n\nLink: https://example.org/\n\nBy Ann, 40");
        Assert.DoesNotContain("AM30", ok);
        Assert.Contains("\"count\": 3", ok);
        Assert.Contains("\"date\": \"2025-03-03\"", ok);
        Assert.Contains("\"by\": {\n      \"name\": \"Ann\",\n      \"age\": 40\n    }", ok);

        // The stand-ins, and 'with' clearing the absent mark of what it sets.
        var type = assembly.GetType("Req.Story")!;
        var result = type.GetMethod("Parse", new[] { typeof(string) })!.Invoke(null, new object[] { "Just a title" })!;
        var value = result.GetType().GetProperty("Value")!.GetValue(result)!;
        Assert.Equal(0, type.GetProperty("Count")!.GetValue(value));
        Assert.Equal(default(ArticleDate), type.GetProperty("Date")!.GetValue(value));
        Assert.Equal("about:blank", type.GetProperty("Link")!.GetValue(value)!.ToString());
        Assert.NotNull(type.GetProperty("By")!.GetValue(value));
        var fixedJson = (string)assembly.GetType("Consumer.Use")!.GetMethod("Fix")!.Invoke(null, new[] { value })!;
        Assert.Contains("\"count\":5", fixedJson);
        Assert.Contains("\"date\":null", fixedJson);
    }
}
