using System.Text;
using System.Xml;
using Tap.Service.Protocol;
using VoTable;

namespace Tap.Service.VoTable.Reading;

/// <summary>
/// Reads the first TABLE of a VOTable (any version; namespaces are ignored) in one forward pass:
/// its FIELDs first, then its rows as text cells in TABLEDATA syntax (arrays space-separated,
/// null as null), whether the data are TABLEDATA, BINARY2 or BINARY. A document that is not
/// such a VOTable is a usage error.
/// </summary>
internal sealed class VoTableReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly string _source;
    private string? _serialization;

    private VoTableReader(XmlReader xml, string source, IReadOnlyList<VoTableField> fields, string? serialization)
    {
        _xml = xml;
        _source = source;
        Fields = fields;
        _serialization = serialization;
    }

    public IReadOnlyList<VoTableField> Fields { get; }

    /// <summary>Reads up to the table's data; <paramref name="source"/> names the document in error messages.</summary>
    public static async Task<VoTableReader> OpenAsync(Stream stream, string source)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        var xml = XmlReader.Create(stream, settings);
        try
        {
            var fields = new List<VoTableField>();
            var inTable = false;
            var inField = false;
            while (await xml.ReadAsync())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "FIELD")
                {
                    inField = false;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (xml.LocalName)
                {
                    case "TABLE":
                        inTable = true;
                        break;
                    case "FIELD" when inTable:
                        fields.Add(ReadField(xml, source));
                        inField = !xml.IsEmptyElement;
                        break;
                    case "VALUES" when inField && xml.GetAttribute("null") is { } nullValue:
                        fields[^1] = fields[^1] with { NullValue = nullValue.Trim() };
                        break;
                    case "TABLEDATA" or "BINARY2" or "BINARY" when inTable:
                        return new VoTableReader(xml, source, CheckFields(fields, source), xml.LocalName);
                    case "FITS" when inTable:
                        throw new DaliUsageException($"{source}: FITS serialisation is not supported; send TABLEDATA or BINARY2.");
                }
            }

            // A TABLE without DATA has no rows.
            return inTable
                ? new VoTableReader(xml, source, CheckFields(fields, source), null)
                : throw new DaliUsageException($"{source} is not a VOTable with a TABLE.");
        }
        catch (XmlException malformed)
        {
            xml.Dispose();
            throw new DaliUsageException($"{source} is not well-formed XML: {malformed.Message}", malformed);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>The rows, each with one cell per FIELD; reads the data once.</summary>
    public async IAsyncEnumerable<string?[]> ReadRowsAsync()
    {
        var serialization = _serialization;
        _serialization = null;
        if (serialization is null)
        {
            yield break;
        }

        if (serialization == "TABLEDATA")
        {
            await foreach (var row in ReadTableDataAsync())
            {
                yield return WithDeclaredNulls(row);
            }

            yield break;
        }

        var bytes = await ReadStreamAsync();
        foreach (var row in new BinaryRowDecoder(Fields, bytes, withNullFlags: serialization == "BINARY2", _source).Rows())
        {
            yield return WithDeclaredNulls(row);
        }
    }

    /// <summary>Cells holding their FIELD's declared null value (VALUES null="...") are nulls, in every serialisation.</summary>
    private string?[] WithDeclaredNulls(string?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (Fields[i].NullValue is { } nullValue && row[i]?.Trim() == nullValue)
            {
                row[i] = null;
            }
        }

        return row;
    }

    public void Dispose() => _xml.Dispose();

    private async IAsyncEnumerable<string?[]> ReadTableDataAsync()
    {
        string?[]? row = null;
        var cell = -1;
        var text = new StringBuilder();
        while (await ReadXmlAsync())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element when _xml.LocalName == "TR":
                    row = new string?[Fields.Count];
                    cell = 0;
                    if (_xml.IsEmptyElement)
                    {
                        yield return row;
                    }

                    break;
                case XmlNodeType.Element when _xml.LocalName == "TD" && row is not null:
                    if (cell >= row.Length)
                    {
                        throw new DaliUsageException($"{_source}: a row has more cells than the table has FIELDs ({Fields.Count}).");
                    }

                    text.Clear();
                    if (_xml.IsEmptyElement)
                    {
                        cell++;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when row is not null:
                    text.Append(_xml.Value);
                    break;
                case XmlNodeType.EndElement when _xml.LocalName == "TD" && row is not null:
                    row[cell++] = text.Length == 0 ? null : text.ToString();
                    break;
                case XmlNodeType.EndElement when _xml.LocalName == "TR" && row is not null:
                    yield return row;
                    row = null;
                    break;
                case XmlNodeType.EndElement when _xml.LocalName == "TABLEDATA":
                    yield break;
            }
        }
    }

    private async Task<byte[]> ReadStreamAsync()
    {
        while (await ReadXmlAsync())
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "STREAM")
            {
                if (_xml.GetAttribute("href") is not null)
                {
                    throw new DaliUsageException($"{_source}: a STREAM that refers elsewhere (href) is not supported; include the data.");
                }

                if (_xml.IsEmptyElement)
                {
                    return [];
                }

                return await ReadBase64Async();
            }
        }

        return [];
    }

    /// <summary>The decoded STREAM; its size is bounded by the upload size limit checked before reading.</summary>
    private async Task<byte[]> ReadBase64Async()
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await _xml.ReadElementContentAsBase64Async(chunk, 0, chunk.Length)) > 0)
            {
                bytes.Write(chunk, 0, read);
            }
        }
        catch (Exception invalid) when (invalid is XmlException or FormatException)
        {
            throw new DaliUsageException($"{_source}: the STREAM is not valid base64: {invalid.Message}", invalid);
        }

        return bytes.ToArray();
    }

    private async Task<bool> ReadXmlAsync()
    {
        try
        {
            return await _xml.ReadAsync();
        }
        catch (XmlException malformed)
        {
            throw new DaliUsageException($"{_source} is not well-formed XML: {malformed.Message}", malformed);
        }
    }

    private static VoTableField ReadField(XmlReader xml, string source)
    {
        var name = xml.GetAttribute("name");
        var datatype = xml.GetAttribute("datatype");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(datatype))
        {
            throw new DaliUsageException($"{source}: every FIELD needs a name and a datatype.");
        }

        if (!VoTableDatatypes.TryParse(datatype, out var parsed))
        {
            throw new DaliUsageException($"{source}: FIELD {name} has datatype '{datatype}', which is not a VOTable datatype.");
        }

        return new VoTableField(name, parsed, xml.GetAttribute("arraysize"), xml.GetAttribute("xtype"), xml.GetAttribute("unit"), xml.GetAttribute("ucd"));
    }

    private static List<VoTableField> CheckFields(List<VoTableField> fields, string source) =>
        fields.Count > 0 ? fields : throw new DaliUsageException($"{source}: the TABLE has no FIELDs.");
}
