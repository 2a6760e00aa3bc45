namespace Tap.Service.VoTable.Results;

/// <summary>An output format clients can ask for with RESPONSEFORMAT (TAP) or FORMAT (SIAv2); see <see cref="ResultFormats"/>.</summary>
internal sealed class ResultFormat
{
    private readonly Func<ResultMetadata, ResultFormatter> _createFormatter;

    internal ResultFormat(string mimeType, IReadOnlyList<string> aliases, bool reportsErrorsInline, Func<ResultMetadata, ResultFormatter> createFormatter)
    {
        MimeType = mimeType;
        Aliases = aliases;
        ReportsErrorsInline = reportsErrorsInline;
        _createFormatter = createFormatter;
    }

    /// <summary>The canonical media type, sent as Content-Type and advertised in capabilities.</summary>
    public string MimeType { get; }

    /// <summary>Other values that select this format (short names, media-type spellings), for capabilities.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether an error after streaming began can be written into the output (VOTable), or not (CSV, TSV).</summary>
    public bool ReportsErrorsInline { get; }

    internal ResultFormatter CreateFormatter(ResultMetadata metadata) => _createFormatter(metadata);
}
