using System.Runtime.CompilerServices;
using System.Text;
using Adql.Semantics;
using VoTable;

namespace Adql.Tests.Golden;

/// <summary>
/// ADQL in, expected SQL out: every <c>*.adql</c> file here is compiled against
/// <see cref="TestCatalogue"/> and compared with the <c>.sql</c> file of the same name, which also
/// lists the result columns (see <see cref="ExpectedFile"/> to rewrite them after an intended change).
/// </summary>
public sealed class GoldenTests
{
    private static readonly CompileOptions Options = new(StandardUserFunctions.Create());

    /// <summary>Cases whose name starts with "maxrec_" are compiled as the TAP service does with MAXREC=100.</summary>
    private const long MaxRecPlusOne = 101;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Compiles_to_expected_sql(string name)
    {
        var adql = File.ReadAllText(Path.Combine(Folder(), name + ".adql"));
        var options = name.StartsWith("maxrec_", StringComparison.Ordinal) ? Options with { MaxRows = MaxRecPlusOne } : Options;
        var result = AdqlCompiler.Compile(adql, TestCatalogue.Instance, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        await ExpectedFile.AssertMatchesAsync(Path.Combine(Folder(), name + ".sql"), Render(result));
    }

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Folder(), "*.adql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    private static string Render(CompileResult result)
    {
        var text = new StringBuilder(result.Sql).Append('\n');
        foreach (var c in result.Columns)
        {
            text.Append($"-- {c.Name}: {c.VoTable.Datatype.ToVoTableName()}{(c.VoTable.ArraySize is null ? "" : $"[{c.VoTable.ArraySize}]")}")
                .Append(c.VoTable.XType is null ? "" : $" xtype={c.VoTable.XType}")
                .Append(c.Unit is null ? "" : $" unit={c.Unit}")
                .Append(c.Ucd is null ? "" : $" ucd={c.Ucd}")
                .Append(c.Encoding == Translation.SqlValueEncoding.Plain ? "" : $" encoding={c.Encoding}")
                .Append('\n');
        }

        return text.ToString();
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
