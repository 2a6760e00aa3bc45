using System.Diagnostics;
using System.Text;
using System.Xml;

namespace Harness;

/// <summary>What one mix request returned: its rows and the ADQL the service ran (INFO name="QUERY").</summary>
internal sealed record ProbedQuery(MixQuery Query, string Adql, int Rows);

/// <summary>One result streamed to the end: how long it took, how long until its first byte, and what came.</summary>
internal sealed record StreamedResult(TimeSpan Elapsed, TimeSpan FirstByte, long Bytes, long LineBreaks, string Tail);

/// <summary>The requests the harness sends, over one pooled HTTP client as a real client would.</summary>
internal sealed class ServiceRequests(HttpClient client)
{
    // Enough for the DataLink descriptors that follow the table.
    private const int TailLength = 16 * 1024;

    /// <summary>Sends a request once and checks its answer fully: HTTP 200, a VOTable with QUERY_STATUS OK and no error after the rows.</summary>
    public async Task<ProbedQuery> ProbeAsync(MixQuery query, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(query.PathAndQuery, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HarnessException($"{query.Name}: HTTP {(int)response.StatusCode}: {body}");
        }

        string? adql = null;
        var rows = 0;
        var statuses = new List<string>();
        using var reader = XmlReader.Create(new StringReader(body));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "TR")
            {
                rows++;
            }
            else if (reader.LocalName == "INFO")
            {
                switch (reader.GetAttribute("name"))
                {
                    case "QUERY": adql = reader.GetAttribute("value"); break;
                    case "QUERY_STATUS": statuses.Add(reader.GetAttribute("value") ?? ""); break;
                }
            }
        }

        if (statuses is not ["OK"] || adql is null)
        {
            throw new HarnessException($"{query.Name}: expected QUERY_STATUS OK and INFO QUERY, got status {string.Join(", ", statuses)}:\n{body}");
        }

        return new ProbedQuery(query, adql, rows);
    }

    /// <summary>Sends a request and reads the answer to its end without looking at it; false unless HTTP 200.</summary>
    public async Task<bool> FetchAsync(string pathAndQuery, byte[] buffer, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        while (await body.ReadAsync(buffer, cancellationToken) > 0)
        {
        }

        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Downloads an answer to its end into <paramref name="buffer"/>, timing the first byte and the
    /// whole, and looks at nothing: the least a client saving a file does.
    /// </summary>
    public async Task<StreamedResult> DownloadAsync(string pathAndQuery, byte[] buffer, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HarnessException($"downloading {pathAndQuery}: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        TimeSpan? firstByte = null;
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            firstByte ??= Stopwatch.GetElapsedTime(start);
            bytes += read;
        }

        return new StreamedResult(Stopwatch.GetElapsedTime(start), firstByte ?? TimeSpan.Zero, bytes, 0, "");
    }

    /// <summary>
    /// Streams a large result, timing the first byte and the whole; counts line breaks (rows of CSV)
    /// and keeps the tail, where a VOTable reports an error that happened after the rows began.
    /// </summary>
    public async Task<StreamedResult> StreamAsync(string pathAndQuery, byte[] buffer, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HarnessException($"streaming {pathAndQuery}: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        TimeSpan? firstByte = null;
        long bytes = 0, lineBreaks = 0;
        var tail = new byte[TailLength];
        var tailLength = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            firstByte ??= Stopwatch.GetElapsedTime(start);
            bytes += read;
            var chunk = buffer.AsSpan(0, read);
            lineBreaks += chunk.Count((byte)'\n');
            KeepTail(tail, ref tailLength, chunk);
        }

        return new StreamedResult(Stopwatch.GetElapsedTime(start), firstByte ?? TimeSpan.Zero, bytes, lineBreaks, Encoding.UTF8.GetString(tail, 0, tailLength));
    }

    private static void KeepTail(byte[] tail, ref int length, ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= tail.Length)
        {
            chunk[^tail.Length..].CopyTo(tail);
            length = tail.Length;
            return;
        }

        var keep = Math.Min(length, tail.Length - chunk.Length);
        tail.AsSpan(length - keep, keep).CopyTo(tail);
        chunk.CopyTo(tail.AsSpan(keep));
        length = keep + chunk.Length;
    }
}
