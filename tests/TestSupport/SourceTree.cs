using System.Reflection;

namespace TestSupport;

/// <summary>The repository the tests were built from: what they read and rewrite lies inside it, never beside it.</summary>
public static class SourceTree
{
    public static string Root { get; } =
        typeof(SourceTree).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The build did not record RepositoryRoot.");

    /// <summary>A path below the repository's root, given as its parts, e.g. ("tests", "Conformance").</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
