using System.Reflection;

namespace Resilience.Tests.Support;

/// <summary>Where the build found what the tests run: the checkout (scripts/db.sh) and the service's build output.</summary>
internal static class Repository
{
    /// <summary>Tap.Service.dll with its appsettings.json, built in the tests' own configuration.</summary>
    public static string ServiceDirectory { get; } = Metadata("ServiceDirectory");

    public static string DatabaseScript => SourceTree.PathOf("scripts", "db.sh");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
