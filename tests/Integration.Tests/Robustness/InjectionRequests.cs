using Dali;
using System.Text;
using Integration.Tests.Tap;
using Sia.Service;

namespace Integration.Tests.Robustness;

/// <summary>A parameter of a service and how to build a request that carries a payload in it.</summary>
/// <param name="Carries">The payloads HTTP can carry there, when not all: see <see cref="InjectionRequests.FitsInUrl"/>.</param>
internal sealed record InjectionSlot(string Parameter, Func<string, RawRequest> Request, Func<string, bool>? Carries = null);

/// <summary>Every parameter of TAP, SIAv2 and DataLink, each as a slot for a payload; the other parameters of a request are valid.</summary>
internal static class InjectionRequests
{
    public const string UploadQuery = "SELECT * FROM TAP_UPLOAD.t";

    private const string ValidQuery = "SELECT TOP 3 obs_id FROM ivoa.obscore";

    /// <summary>Kestrel answers a request line over 8 KB itself, with an empty 414: long payloads go in a body.</summary>
    private const int LongestGetValue = 1000;

    /// <summary>Nothing listens there: a URL upload fails at once with the reason.</summary>
    private const string ClosedPort = "http://127.0.0.1:1/";

    private static readonly RawPart Targets = new("t", "targets.xml", Encoding.UTF8.GetBytes(TargetLists.TableData([(1, 10.0, 20.0)])));

    /// <summary>/tap/sync or /tap/async: QUERY in every ADQL place, and each other TAP parameter.</summary>
    public static IReadOnlyList<InjectionSlot> Tap(string path) =>
    [
        .. AdqlPlace.All.Select(place => new InjectionSlot($"QUERY ({place.Name})", p => Request(path, ("LANG", "ADQL"), ("QUERY", place.Query(p))))),
        new("LANG", p => Request(path, ("LANG", p), ("QUERY", ValidQuery))),
        new("REQUEST", p => Request(path, ("REQUEST", p), ("LANG", "ADQL"), ("QUERY", ValidQuery))),
        new("RESPONSEFORMAT", p => Request(path, ("LANG", "ADQL"), ("QUERY", ValidQuery), ("RESPONSEFORMAT", p))),
        new("FORMAT", p => Request(path, ("LANG", "ADQL"), ("QUERY", ValidQuery), ("FORMAT", p))),
        new("MAXREC", p => Request(path, ("LANG", "ADQL"), ("QUERY", ValidQuery), ("MAXREC", p))),
        new("RUNID", p => Request(path, ("LANG", "ADQL"), ("QUERY", ValidQuery), ("RUNID", p))),
        new("UPLOAD table name", p => Upload(path, $"{p},param:t")),
        new("UPLOAD URI", p => Upload(path, $"t,{ClosedPort}{p}")),
        new("UPLOAD source", p => Upload(path, $"t,{p}")),
    ];

    /// <summary>/tap/async only: the UWS parameters of a new job.</summary>
    public static IReadOnlyList<InjectionSlot> UwsCreation =>
    [
        new("PHASE", p => Request("/tap/async", ("LANG", "ADQL"), ("QUERY", ValidQuery), ("PHASE", p))),
        new("EXECUTIONDURATION", p => Request("/tap/async", ("LANG", "ADQL"), ("QUERY", ValidQuery), ("EXECUTIONDURATION", p))),
        new("DESTRUCTION", p => Request("/tap/async", ("LANG", "ADQL"), ("QUERY", ValidQuery), ("DESTRUCTION", p))),
    ];

    /// <summary>The UWS job list's filters and the job id in the path.</summary>
    public static IReadOnlyList<InjectionSlot> UwsReading =>
    [
        new("job list PHASE", p => Request("/tap/async", Transport.Get, ("PHASE", p)), FitsInUrl),
        new("job list AFTER", p => Request("/tap/async", Transport.Get, ("AFTER", p)), FitsInUrl),
        new("job list LAST", p => Request("/tap/async", Transport.Get, ("LAST", p)), FitsInUrl),
        new("job id", p => new RawRequest(Transport.Get, "/tap/async/" + Uri.EscapeDataString(p), []), p => FitsInUrl(p) && !p.Contains('\0', StringComparison.Ordinal)),
    ];

    /// <summary>/sia/query: each parameter it reads, with a small MAXREC.</summary>
    public static IReadOnlyList<InjectionSlot> Sia(IEnumerable<string> parameters) => parameters
        .Select(name => new InjectionSlot(name, p => name == DaliParameters.MaxRec
            ? Request("/sia/query", (name, p))
            : Request("/sia/query", (name, p), ("MAXREC", "3"))))
        .ToList();

    /// <summary>/datalink/links: the ID alone or after a real one, RESPONSEFORMAT and MAXREC.</summary>
    public static IReadOnlyList<InjectionSlot> DataLink(string knownId) =>
    [
        new("ID", p => Request("/datalink/links", ("ID", p))),
        new("ID after a known one", p => Request("/datalink/links", ("ID", knownId), ("ID", p))),
        new("RESPONSEFORMAT", p => Request("/datalink/links", ("ID", knownId), ("RESPONSEFORMAT", p))),
        new("MAXREC", p => Request("/datalink/links", ("ID", knownId), ("MAXREC", p))),
    ];

    /// <summary>
    /// Whether a GET-only parameter (a filter of the job list, a job id) can carry the payload: Kestrel answers
    /// request lines over 8 KB, and a NUL in the path, itself with a bare 414 or 400 before the service sees them.
    /// </summary>
    public static bool FitsInUrl(string payload) => payload.Length <= LongestGetValue;

    /// <summary>Every payload in every slot that can carry it, by GET and POST in turn (long values always in a body).</summary>
    public static IReadOnlyList<RawRequest> Each(IReadOnlyList<InjectionSlot> slots) => slots
        .SelectMany(slot => InjectionPayloads.All.Where(slot.Carries ?? (_ => true)).Select(slot.Request))
        .ToList();

    private static RawRequest Request(string path, params (string Name, string Value)[] parameters)
    {
        // Spread over both ways of sending: a request's transport follows from its content, so runs repeat.
        var transport = parameters.Any(p => p.Value.Length > LongestGetValue) || path == "/tap/async" || parameters.Sum(p => p.Value.Length) % 2 == 1
            ? Transport.PostForm
            : Transport.Get;
        return Request(path, transport, parameters);
    }

    private static RawRequest Request(string path, Transport transport, params (string Name, string Value)[] parameters) =>
        new(transport, path, parameters.Select(p => RawParameter.Text(p.Name, p.Value)).ToList());

    private static RawRequest Upload(string path, string upload) =>
        new(Transport.PostMultipart, path, [RawParameter.Text("LANG", "ADQL"), RawParameter.Text("QUERY", UploadQuery), RawParameter.Text("UPLOAD", upload)])
        {
            Files = [Targets],
        };
}
