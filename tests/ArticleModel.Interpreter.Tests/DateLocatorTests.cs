using System.IO;
using System.Linq;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>format: and zone: on date locators, end to end (the differential test checks the generated parser agrees).</summary>
public class DateLocatorTests
{
    [Fact]
    public void Date_fields_keep_what_the_text_gave_and_apply_format_and_zone()
    {
        var schema = InterpretedSchema.LoadFile(Repo.File("tests/ArticleModel.Schema.Tests/Corpus/valid/dated-release.article"));
        var result = schema.GetParser().Parse(File.ReadAllBytes(Repo.File("tests/ArticleModel.Interpreter.Tests/Fixtures/dated-release.txt")));
        var json = result.Value!.ToJson();
        Assert.Contains("\"issued\":\"2025-03-03\"", json);                 // format:, a date stays a date
        Assert.Contains("\"updated\":\"2025-03-04T10:05:00-05:00\"", json); // zone: gives a time its offset (EST in March)
        Assert.Contains("\"mentions\":[\"2025-07-04T18:30:00-05:00\",\"2025-12-01T08:00:00-06:00\"]", json); // CDT, CST
        Assert.Contains("\"filed\":\"2025-03-05T09:00:00+00:00\"", json);
        Assert.Equal(new ArticleDate(2025, 3, 3), (ArticleDate)result.Value["issued"]!);
        // 31.02.2025 is not a date: a warning for the list item, which is left out.
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ConversionFailed, warning.Id);
        Assert.Contains("'31.02.2025 18:30' is not a valid date in the format \"dd.MM.yyyy HH:mm\"", warning.Message);
        Assert.True(result.Success);
    }
}
