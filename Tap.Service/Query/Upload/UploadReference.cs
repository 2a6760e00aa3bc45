using System.Text.RegularExpressions;
using Tap.Service.Protocol;

namespace Tap.Service.Query.Upload;

/// <summary>One entry of TAP_UPLOAD's UPLOAD parameter: <c>name,param:part</c> or <c>name,http(s)://…</c> (DALI 1.1 §3.4.5).</summary>
/// <param name="TableName">The table's name under TAP_UPLOAD in ADQL.</param>
/// <param name="PartName">The multipart part that holds the VOTable, or null when it is fetched from <paramref name="Url"/>.</param>
internal sealed partial record UploadReference(string TableName, string? PartName, Uri? Url = null)
{
    private const string InlinePrefix = "param:";

    /// <summary>Every table named by the UPLOAD values; a value may hold several, separated by ';'.</summary>
    public static IReadOnlyList<UploadReference> Parse(IReadOnlyList<string> values)
    {
        var references = values
            .SelectMany(value => value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(ParseOne)
            .ToList();
        var repeated = references.GroupBy(r => r.TableName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? references
            : throw new DaliUsageException($"UPLOAD names the table '{repeated.Key}' more than once.");
    }

    private static UploadReference ParseOne(string entry)
    {
        var comma = entry.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            throw new DaliUsageException($"UPLOAD '{entry}' must have the form table_name,param:part_name.");
        }

        var name = entry[..comma].Trim();
        var source = entry[(comma + 1)..].Trim();
        if (!TableNamePattern().IsMatch(name))
        {
            throw new DaliUsageException($"UPLOAD table name '{name}' must be an ADQL regular identifier: a letter, then letters, digits or underscores.");
        }

        if (source.StartsWith(InlinePrefix, StringComparison.OrdinalIgnoreCase) && source.Length > InlinePrefix.Length)
        {
            return new UploadReference(name, source[InlinePrefix.Length..]);
        }

        // Only the web: file:, ftp: and the like would read from the service's own machine or network shares.
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return new UploadReference(name, null, url);
        }

        throw new DaliUsageException(
            $"UPLOAD source '{source}' for table '{name}' is not supported: refer to a multipart part as param:part_name, or give an http(s) URL.");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,62}$")]
    private static partial Regex TableNamePattern();
}
