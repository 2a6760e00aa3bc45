using System.Collections.Frozen;
using Tap.Service.Protocol;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// The output formats and the RESPONSEFORMAT values that select them, as TAP 1.1 and DALI spell
/// them. Media types are matched case-insensitively with their <c>serialization</c> parameter;
/// other parameters (charset, header) are ignored.
/// </summary>
internal static class ResultFormats
{
    public static readonly ResultFormat VoTableTableData = new(
        VoTableMarkup.ContentType,
        ["votable", "text/xml", "application/x-votable+xml;serialization=tabledata", "votable/td"],
        reportsErrorsInline: true,
        metadata => new TableDataFormatter(metadata));

    public static readonly ResultFormat VoTableBinary2 = new(
        VoTableMarkup.ContentType + ";serialization=binary2",
        ["votable/b2", "binary2"],
        reportsErrorsInline: true,
        metadata => new Binary2Formatter(metadata));

    public static readonly ResultFormat Csv = new(
        "text/csv",
        ["csv"],
        reportsErrorsInline: false,
        metadata => new DelimitedFormatter(metadata, CsvStyle.Instance));

    public static readonly ResultFormat Tsv = new(
        "text/tab-separated-values",
        ["tsv"],
        reportsErrorsInline: false,
        metadata => new DelimitedFormatter(metadata, TsvStyle.Instance));

    public static readonly IReadOnlyList<ResultFormat> All = [VoTableTableData, VoTableBinary2, Csv, Tsv];

    private static readonly FrozenDictionary<string, ResultFormat> ByValue = All
        .SelectMany(format => format.Aliases.Append(format.MimeType).Select(value => (Key: Normalise(value), Format: format)))
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Format);

    /// <summary>
    /// The format a TAP request asks for: RESPONSEFORMAT (TAP 1.1, DALI), else FORMAT (TAP 1.0).
    /// </summary>
    public static ResultFormat FromParameters(DaliParameters parameters)
    {
        var name = parameters.Contains(DaliParameters.ResponseFormat) ? DaliParameters.ResponseFormat : "FORMAT";
        return Resolve(parameters.GetSingle(name), name);
    }

    /// <summary>
    /// The format a RESPONSEFORMAT (or FORMAT) value selects; VOTable TABLEDATA when absent or empty.
    /// An unknown value is a usage error that lists the accepted ones.
    /// </summary>
    public static ResultFormat Resolve(string? requested, string parameterName = DaliParameters.ResponseFormat)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return VoTableTableData;
        }

        return ByValue.TryGetValue(Normalise(requested), out var format)
            ? format
            : throw DaliParameterException.NotOneOf(parameterName, requested, Accepted);
    }

    /// <summary>Every RESPONSEFORMAT value accepted, each format's media type first, as error messages list them.</summary>
    public static IReadOnlyList<string> Accepted { get; } = [.. All.SelectMany(known => known.Aliases.Prepend(known.MimeType))];

    /// <summary>Whether <see cref="Resolve"/> knows the value, spelled as any alias or media type it accepts.</summary>
    public static bool IsKnown(string requested) => ByValue.ContainsKey(Normalise(requested));

    /// <summary>Lower case, the media type followed only by its serialization parameter, if any.</summary>
    private static string Normalise(string value)
    {
        var parts = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var serialization = parts.Skip(1)
            .Select(parameter => parameter.Replace(" ", string.Empty, StringComparison.Ordinal))
            .FirstOrDefault(parameter => parameter.StartsWith("serialization=", StringComparison.OrdinalIgnoreCase));
        var normalised = serialization is null ? parts.FirstOrDefault() ?? string.Empty : parts[0] + ";" + serialization;
        return normalised.ToLowerInvariant();
    }
}
