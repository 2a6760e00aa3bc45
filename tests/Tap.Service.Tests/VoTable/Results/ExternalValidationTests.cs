using System.Data;
using Npgsql;
using Tap.Service.Protocol;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.VoTable.Results;

/// <summary>What real clients say about our VOTables: STILTS votlint and astropy.</summary>
public sealed class ExternalValidationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("votables-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> Documents => new()
    {
        { ResultFormats.VoTableTableData.MimeType, "sample" },
        { ResultFormats.VoTableBinary2.MimeType, "sample" },
        { ResultFormats.VoTableTableData.MimeType, "overflow" },
        { ResultFormats.VoTableBinary2.MimeType, "overflow" },
        { ResultFormats.VoTableTableData.MimeType, "error" },
        { ResultFormats.VoTableBinary2.MimeType, "error" },
        { ResultFormats.VoTableTableData.MimeType, "metadata-only" },
        { ResultFormats.VoTableBinary2.MimeType, "metadata-only" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Votlint_finds_nothing_to_report(string mimeType, string kind)
    {
        var path = await WriteAsync(mimeType, kind);

        Assert.Equal(string.Empty, await ExternalTool.VotLintAsync(path));
    }

    [Fact]
    public async Task Votlint_finds_nothing_to_report_in_the_error_document()
    {
        using var buffer = new ByteBuffer();
        DaliErrorDocument.Write(buffer, "Parameter MAXREC must be a non-negative integer, not '-1'.");
        var path = Path.Combine(_directory, "error-document.xml");
        await File.WriteAllBytesAsync(path, buffer.WrittenSpan.ToArray());

        Assert.Equal(string.Empty, await ExternalTool.VotLintAsync(path));
    }

    [Fact]
    public async Task Astropy_reads_the_same_table_from_TABLEDATA_and_BINARY2_without_warnings()
    {
        var tableData = await WriteAsync(ResultFormats.VoTableTableData.MimeType, "sample");
        var binary2 = await WriteAsync(ResultFormats.VoTableBinary2.MimeType, "sample");
        const string script = """
            import sys, warnings
            from astropy.io.votable import parse_single_table
            def rows(path):
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    table = parse_single_table(path, verify="warn").array
                # Astropy's UCD word list predates meta.ref.ivoid, which ObsCore uses for obs_publisher_did,
                # and the UCDs SODA 1.0 gives its parameters (pos.outline, stat.interval, meta.curation as a
                # secondary word): warnings about those words, from the standards we follow, are expected.
                expected = ("meta.ref.ivoid", "pos.outline", "stat.interval", "'meta.ref.url;meta.curation'")
                unexpected = [str(w.message) for w in caught if not any(word in str(w.message) for word in expected)]
                assert not unexpected, unexpected
                return [[None if table.mask[name][i] is True else repr(table[name][i].tolist() if hasattr(table[name][i], "tolist") else table[name][i])
                         for name in table.dtype.names] for i in range(len(table))]
            a, b = rows(sys.argv[1]), rows(sys.argv[2])
            print(len(a), a[0][0], a[0][6], a[0][11])
            # Text differs only where XML cannot carry a character (U+0001 became U+FFFD in TABLEDATA).
            assert [r[:6] + r[7:] for r in a] == [r[:6] + r[7:] for r in b], (a, b)
            """;

        var (exitCode, output) = await ExternalTool.RunAsync(
            "/usr/bin/python3", "apt-get install -y python3-astropy", "-c", script, tableData, binary2);

        Assert.True(exitCode == 0, output);
        Assert.Equal("3 1 'plain' 'ivo://example.org/lsst?calexp/1'", output);
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task Pyvo_follows_the_DataLink_descriptor_of_a_row(string mimeType)
    {
        var path = await WriteAsync(mimeType, "sample");
        const string script = """
            import sys, warnings
            warnings.simplefilter("ignore")
            from astropy.io.votable import parse
            from pyvo.dal.tap import TAPResults
            from pyvo.dal.adhoc import DatalinkQuery, DATALINK_IVOID, SODA_SYNC_IVOID
            results = TAPResults(parse(sys.argv[1]), url="http://localhost/tap/sync")
            links = DatalinkQuery.from_resource(results[0], results.get_adhocservice_by_ivoid(DATALINK_IVOID))
            cutout = results.get_adhocservice_by_ivoid(SODA_SYNC_IVOID)
            print(links.baseurl, dict(links)["ID"], [param.name for param in cutout.groups[0].entries])
            """;

        var (exitCode, output) = await ExternalTool.RunAsync(
            "/usr/bin/python3", "apt-get install -y python3-pyvo", "-c", script, path);

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            "https://data.example.org/api/datalink/links ivo://example.org/lsst?calexp/1 ['ID', 'POS', 'CIRCLE', 'POLYGON', 'BAND', 'TIME', 'POL']",
            output);
    }

    public static TheoryData<string> VoTableFormats => [ResultFormats.VoTableTableData.MimeType, ResultFormats.VoTableBinary2.MimeType];

    private async Task<string> WriteAsync(string mimeType, string kind)
    {
        using var table = kind == "sample" ? SampleResults.Table() : SampleResults.Counting(10);
        var columns = kind == "sample" ? SampleResults.Columns : SampleResults.CountingColumns;
        var metadata = TestOptions.Descriptors().AddTo(new ResultMetadata(columns, kind switch { "overflow" => 4, "metadata-only" => 0, _ => 100 })
        {
            Infos = [new("QUERY", "SELECT * FROM ivoa.obscore WHERE s_ra < 10 AND \"x\" <> 'y'")],
        });
        DataTableReader reader = table.CreateDataReader();
        var source = kind == "error"
            ? new FailingReader(reader, 2, new PostgresException("division by zero", "ERROR", "ERROR", "22012"))
            : (System.Data.Common.DbDataReader)reader;
        var (text, _) = await ResultOutput.WriteAsync(ResultFormats.Resolve(mimeType), source, metadata);
        var path = Path.Combine(_directory, $"{kind}-{(mimeType.Contains("binary2", StringComparison.Ordinal) ? "binary2" : "tabledata")}.xml");
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
