using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Integration.Tests.Robustness;

/// <summary>How a request carries its parameters: all three are ways real clients talk to DALI services.</summary>
internal enum Transport
{
    Get,
    PostForm,
    PostMultipart,
}

/// <summary>A parameter whose value is raw bytes, so tests can send what no well-behaved client would (invalid UTF-8, NUL).</summary>
internal sealed record RawParameter(string Name, byte[] Value)
{
    public static RawParameter Text(string name, string value) => new(name, Encoding.UTF8.GetBytes(value));
}

/// <summary>A file part of a multipart request, e.g. a TAP_UPLOAD table.</summary>
internal sealed record RawPart(string Name, string FileName, byte[] Content);

/// <summary>
/// One HTTP request built byte by byte: values are percent-encoded byte-wise (GET, form) or sent
/// as they are (multipart), so nothing in the test's HTTP stack repairs or rejects them first.
/// </summary>
internal sealed record RawRequest(Transport Transport, string Path, IReadOnlyList<RawParameter> Parameters)
{
    public IReadOnlyList<RawPart> Files { get; init; } = [];

    public HttpRequestMessage ToMessage()
    {
        switch (Transport)
        {
            case Transport.Get:
                return new HttpRequestMessage(HttpMethod.Get, new Uri(Path + "?" + FormEncoded(), UriKind.Relative));
            case Transport.PostForm:
                var form = new ByteArrayContent(Encoding.ASCII.GetBytes(FormEncoded()));
                form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                return new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = form };
            default:
                var multipart = new MultipartFormDataContent();
                foreach (var parameter in Parameters)
                {
                    multipart.Add(new ByteArrayContent(parameter.Value), parameter.Name);
                }

                foreach (var file in Files)
                {
                    multipart.Add(new ByteArrayContent(file.Content), file.Name, file.FileName);
                }

                return new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = multipart };
        }
    }

    /// <summary>The request as a failure report shows it: method, path and every value, escaped and shortened.</summary>
    public override string ToString() =>
        $"{Transport} {Path} " + string.Join(" ", Parameters.Select(p => $"{p.Name}={Shown(p.Value)}"))
        + string.Concat(Files.Select(f => $" [part {f.Name}: {f.Content.Length} bytes]"));

    private string FormEncoded() =>
        string.Join('&', Parameters.Select(p => PercentEncode(Encoding.UTF8.GetBytes(p.Name)) + "=" + PercentEncode(p.Value)));

    /// <summary>RFC 3986 percent-encoding of every byte but the unreserved ones; invalid UTF-8 stays invalid.</summary>
    private static string PercentEncode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>A value as C# would write it: printable ASCII as is, everything else escaped, long values cut.</summary>
    private static string Shown(byte[] value)
    {
        const int MaxShownBytes = 300;
        var text = new StringBuilder("\"");
        foreach (var b in value.Take(MaxShownBytes))
        {
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text.Append(value.Length > MaxShownBytes ? $"\"…({value.Length} bytes)" : "\"").ToString();
    }
}
