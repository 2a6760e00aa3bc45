using System.Globalization;
using System.Text;

namespace Soda.Service.Images;

/// <summary>
/// Where a dataset's image lies in the image store, as a relative path with '/' separators: a
/// Butler artifact URI names it (<c>butler://repo/path</c> → <c>repo/path</c>); an ObsCore row with
/// no artifact (a CSV load) is found under <c>obscore/</c> by a path made from its ID, readable and
/// reversible: <c>ivo://authority/path?query</c> → <c>obscore/authority/path/query.fits</c>.
/// </summary>
public static class ImagePaths
{
    public const string ButlerScheme = "butler://";

    /// <summary>The store folder of images known only by their ObsCore row.</summary>
    public const string ObsCoreFolder = "obscore";

    private const string IvoScheme = "ivo://";
    private const string FitsSuffix = ".fits";

    /// <summary>The store path of a Butler artifact, or null when the URI is not one.</summary>
    public static string? FromArtifactUri(string artifactUri)
    {
        ArgumentNullException.ThrowIfNull(artifactUri);
        return artifactUri.StartsWith(ButlerScheme, StringComparison.Ordinal) && artifactUri.Length > ButlerScheme.Length
            ? artifactUri[ButlerScheme.Length..]
            : null;
    }

    /// <summary>The artifact URI of a store path outside the ObsCore folder.</summary>
    public static string ToArtifactUri(string path) => ButlerScheme + path;

    public static bool IsObsCorePath(string path) =>
        path.StartsWith(ObsCoreFolder + "/", StringComparison.Ordinal);

    /// <summary>
    /// The store path of an ObsCore row's image. The '?' of an IVOID becomes a '/' of its own; other
    /// characters outside a conservative set are percent-encoded, and so is a '/' that would make an
    /// empty segment, or the dots of a "." or ".." segment: the path never leaves its folder.
    /// </summary>
    public static string FromPublisherDid(string publisherDid)
    {
        ArgumentNullException.ThrowIfNull(publisherDid);
        string encoded;
        if (publisherDid.StartsWith(IvoScheme, StringComparison.OrdinalIgnoreCase))
        {
            var rest = publisherDid[IvoScheme.Length..];
            var query = rest.IndexOf('?', StringComparison.Ordinal);
            encoded = query < 0 ? Encode(rest, keepSlashes: true)
                : Encode(rest[..query], keepSlashes: true) + "/" + Encode(rest[(query + 1)..], keepSlashes: true);
        }
        else
        {
            // Not an IVOID: one segment, its ':' encoded, which no IVOID authority contains.
            encoded = Encode(publisherDid, keepSlashes: false);
        }

        return $"{ObsCoreFolder}/{encoded}{FitsSuffix}";
    }

    /// <summary>
    /// The IDs whose image has this ObsCore path: at most one per '/' of the path, each checked
    /// against <see cref="FromPublisherDid"/>; the database says which one exists.
    /// </summary>
    public static IReadOnlyList<string> PublisherDidCandidates(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsObsCorePath(path) || !path.EndsWith(FitsSuffix, StringComparison.Ordinal))
        {
            return [];
        }

        var encoded = path[(ObsCoreFolder.Length + 1)..^FitsSuffix.Length];
        var candidates = new List<string> { IvoScheme + Decode(encoded), Decode(encoded) };
        for (var slash = encoded.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = encoded.IndexOf('/', slash + 1))
        {
            candidates.Add(IvoScheme + Decode(encoded[..slash]) + "?" + Decode(encoded[(slash + 1)..]));
        }

        return [.. candidates.Where(did => FromPublisherDid(did) == path).Distinct(StringComparer.Ordinal)];
    }

    private static string Encode(string text, bool keepSlashes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = (char)bytes[i];
            var segmentSlash = keepSlashes && c == '/' && builder.Length > 0 && builder[^1] != '/'
                && i + 1 < bytes.Length && bytes[i + 1] != '/';
            if (segmentSlash || IsPlain(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        var segments = builder.ToString().Split('/');
        return string.Join('/', segments.Select(s => s.Length > 0 && s.All(c => c == '.') ? s.Replace(".", "%2E", StringComparison.Ordinal) : s));
    }

    private static bool IsPlain(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or '~' or '=' or '&' or '+' or ',' or '@';

    private static string Decode(string encoded) => Uri.UnescapeDataString(encoded);
}
