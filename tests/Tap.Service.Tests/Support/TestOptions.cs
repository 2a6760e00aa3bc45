using Microsoft.Extensions.Options;
using Tap.Service.Configuration;
using Tap.Service.DataLink;

namespace Tap.Service.Tests.Support;

internal static class TestOptions
{
    public static readonly ServiceOptions Service = new()
    {
        PublicBaseUrl = new Uri("https://data.example.org/api/"),
    };

    public static DataLinkDescriptors Descriptors() => new(Options.Create(Service));
}
