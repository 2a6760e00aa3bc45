using Dali;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.VoTable.Results;

public class ResultFormatsTests
{
    [Theory]
    [InlineData(null, "application/x-votable+xml")]
    [InlineData("", "application/x-votable+xml")]
    [InlineData("votable", "application/x-votable+xml")]
    [InlineData("VOTable", "application/x-votable+xml")]
    [InlineData("application/x-votable+xml", "application/x-votable+xml")]
    [InlineData("text/xml", "application/x-votable+xml")]
    [InlineData("application/x-votable+xml;serialization=TABLEDATA", "application/x-votable+xml")]
    [InlineData("application/x-votable+xml; serialization=binary2", "application/x-votable+xml;serialization=binary2")]
    [InlineData("Application/X-VOTable+XML;Serialization=BINARY2", "application/x-votable+xml;serialization=binary2")]
    [InlineData("votable/b2", "application/x-votable+xml;serialization=binary2")]
    [InlineData("csv", "text/csv")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/csv; charset=utf-8; header=present", "text/csv")]
    [InlineData("tsv", "text/tab-separated-values")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values")]
    public void Values_spelled_as_TAP_and_DALI_spell_them_select_a_format(string? requested, string expectedMimeType)
    {
        Assert.Equal(expectedMimeType, ResultFormats.Resolve(requested).MimeType);
    }

    [Theory]
    [InlineData("fits")]
    [InlineData("application/x-votable+xml;serialization=binary")]
    [InlineData("text/html")]
    public void An_unknown_value_is_a_usage_error_naming_the_accepted_ones(string requested)
    {
        var error = Assert.Throws<DaliParameterException>(() => ResultFormats.Resolve(requested, "FORMAT"));

        Assert.StartsWith($"FORMAT: '{requested}' is not one of", error.Message, StringComparison.Ordinal);
        Assert.Contains("votable", error.Message, StringComparison.Ordinal);
        Assert.Contains("text/csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("tsv", error.Message, StringComparison.Ordinal);
    }
}
