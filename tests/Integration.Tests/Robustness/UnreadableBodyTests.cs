using System.Net;
using System.Net.Http.Headers;
using Integration.Tests.Tap;

namespace Integration.Tests.Robustness;

/// <summary>A POST body that is not the form it claims to be is the client's mistake on every endpoint: 400 with a DALI error, never 500.</summary>
[Collection(TapTests.Name)]
public sealed class UnreadableBodyTests(TapFixture tap)
{
    [Theory]
    [InlineData("/tap/sync")]
    [InlineData("/tap/async")]
    [InlineData("/sia/query")]
    [InlineData("/datalink/links")]
    public async Task A_multipart_body_of_garbage_is_a_usage_error(string path)
    {
        using var body = new ByteArrayContent([0xff, 0xfe, 0xff, 0xfe]);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");

        var result = await TapResponse.PostAsync(tap.Client, path, body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["ERROR"], result.Statuses);
        Assert.StartsWith("The request body is not a readable form", result.ErrorMessage, StringComparison.Ordinal);
    }
}
