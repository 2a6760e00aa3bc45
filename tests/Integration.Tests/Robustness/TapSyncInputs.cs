using System.Text;

namespace Integration.Tests.Robustness;

/// <summary>
/// /tap/sync requests built from seeded mutations of ADQL queries: QUERY mutated (most of the time), the
/// other TAP parameters now and then, names in any case, sent by GET, form POST or multipart POST.
/// </summary>
internal sealed class TapSyncInputs(int seed, IReadOnlyList<string> examples, IReadOnlyList<string> conformance)
{
    /// <summary>Kestrel answers a request line over 8 KB itself, with an empty 414: longer inputs go in a body, as clients send them.</summary>
    private const int LongestGet = 6000;

    private static readonly string[] Languages = ["ADQL-2.1", "adql", "ADQL-2.0", "ADQL-3.0", "PQL", "SQL", "", " ", "ADQL\0", "ADQL;DROP"];

    private static readonly string[] MaxRecs =
        ["0", "-1", "", " 3", "+3", "1e308", "NaN", "3.5", "0x10", "2147483647", "2147483648", "99999999999999999999", "٣"];

    private static readonly string[] Formats =
    [
        "votable", "votable/b2", "binary2", "csv", "tsv", "text/xml", "application/x-votable+xml;serialization=BINARY2",
        "application/x-votable+xml; serialization = tabledata", "application/pdf", "", "*/*", "votable;;;", "csv\0",
    ];

    private static readonly string[] Requests = ["doQuery", "DOQUERY", "getCapabilities", "", "doQuery; DROP TABLE x"];

    private readonly Random _random = new(seed);

    public IReadOnlyList<RawRequest> Create(int count)
    {
        var mutator = new AdqlMutator(_random, [.. examples, .. conformance]);
        var requests = new List<RawRequest>(count);
        for (var i = 0; i < count; i++)
        {
            // The examples run on our tables, so their mutants reach the database more often than the suite's.
            var query = _random.Next(2) == 0 ? Pick(examples) : Pick(conformance);
            var parameters = new List<RawParameter>
            {
                new(Name("LANG"), Encoding.UTF8.GetBytes(_random.Next(10) == 0 ? Pick(Languages) : "ADQL")),
                new(Name("QUERY"), _random.Next(10) == 0 ? Encoding.UTF8.GetBytes(query) : mutator.Mutate(query)),
            };
            AddSometimes(parameters, "MAXREC", 2, () => _random.Next(3) == 0 ? Pick(MaxRecs) : _random.Next(0, 30).ToString(System.Globalization.CultureInfo.InvariantCulture));
            AddSometimes(parameters, _random.Next(2) == 0 ? "RESPONSEFORMAT" : "FORMAT", 5, () => Pick(Formats));
            AddSometimes(parameters, "REQUEST", 8, () => Pick(Requests));
            AddSometimes(parameters, "QUERY", 50, () => Pick(examples));
            AddSometimes(parameters, "NO_SUCH_PARAMETER", 20, () => Pick(conformance));
            requests.Add(new RawRequest(ChooseTransport(parameters), "/tap/sync", parameters));
        }

        return requests;
    }

    /// <summary>Adds the parameter one time in <paramref name="oneIn"/>.</summary>
    private void AddSometimes(List<RawParameter> parameters, string name, int oneIn, Func<string> value)
    {
        if (_random.Next(oneIn) == 0)
        {
            parameters.Add(RawParameter.Text(Name(name), value()));
        }
    }

    /// <summary>DALI names are case-insensitive: now and then send them in mixed case.</summary>
    private string Name(string name) =>
        _random.Next(5) != 0 ? name : string.Concat(name.Select(c => _random.Next(2) == 0 ? char.ToLowerInvariant(c) : c));

    private Transport ChooseTransport(List<RawParameter> parameters)
    {
        // Multipart bodies are what clients send with uploads: rarer than GET and forms.
        var transport = _random.Next(9) switch
        {
            0 => Transport.PostMultipart,
            < 5 => Transport.Get,
            _ => Transport.PostForm,
        };
        var encodedLength = parameters.Sum(p => p.Value.Length * 3);
        return transport == Transport.Get && encodedLength > LongestGet ? Transport.PostForm : transport;
    }

    private string Pick(IReadOnlyList<string> choices) => choices[_random.Next(choices.Count)];
}
