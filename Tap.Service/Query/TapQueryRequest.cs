using Adql.Syntax;
using Tap.Service.Query.Upload;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Query;

/// <summary>The TAP 1.1 parameters of one ADQL query, checked: what the executor needs before it touches the database.</summary>
/// <param name="Adql">The query as the user wrote it, or as a built query prints; results repeat it in INFO QUERY.</param>
/// <param name="Syntax">The query's tree when a service built it (SIAv2): compiled as it is, the text is not parsed.</param>
internal sealed record TapQueryRequest(string Adql, int MaxRec, ResultFormat Format, IReadOnlyList<UploadReference> Uploads, QueryExpression? Syntax = null)
{
    /// <summary>The LANG values this service accepts, as capabilities advertise them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["ADQL", "ADQL-2.0", "ADQL-2.1"];

    /// <summary>Reads and validates the parameters; every mistake is a usage error that says how to fix it.</summary>
    public static TapQueryRequest From(DaliParameters parameters, QueryLimitsOptions limits)
    {
        var request = parameters.GetSingle("REQUEST");
        if (!string.IsNullOrEmpty(request) && !string.Equals(request, "doQuery", StringComparison.OrdinalIgnoreCase))
        {
            throw new DaliUsageException($"REQUEST '{request}' is not supported; this service accepts only REQUEST=doQuery.");
        }

        var language = parameters.GetSingle("LANG");
        if (string.IsNullOrWhiteSpace(language))
        {
            throw new DaliUsageException($"Parameter LANG is required; accepted values: {string.Join(", ", Languages)}.");
        }

        if (!Languages.Contains(language.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new DaliUsageException($"LANG '{language}' is not supported; accepted values: {string.Join(", ", Languages)}.");
        }

        var adql = parameters.GetSingle("QUERY");
        if (string.IsNullOrWhiteSpace(adql))
        {
            throw new DaliUsageException("Parameter QUERY is required: the ADQL query to run.");
        }

        return new TapQueryRequest(
            adql,
            limits.EffectiveMaxRec(parameters.GetMaxRec()),
            ResultFormats.FromParameters(parameters),
            UploadReference.Parse(parameters.GetValues("UPLOAD")));
    }

    /// <summary>A query another protocol built as a tree; <paramref name="adql"/> is how it prints.</summary>
    public static TapQueryRequest Built(QueryExpression syntax, string adql, int maxRec, ResultFormat format) =>
        new(adql, maxRec, format, [], syntax);
}
