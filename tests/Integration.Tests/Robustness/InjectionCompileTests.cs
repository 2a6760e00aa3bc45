using Dali;
using Adql;
using Adql.Semantics;
using Integration.Tests.Tap;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sia.Service;
using Tap.Service.Catalogue;
using Xunit.Abstractions;

namespace Integration.Tests.Robustness;

/// <summary>
/// The SQL the service's own compiler makes of injection payloads, in ADQL written by clients and in
/// the ADQL that SIAv2 builds from its parameters: a quoted value must come out as exactly one string
/// constant or quoted name holding the payload, in an otherwise unchanged statement, or be refused;
/// pasted text may change the query but never make more than one SELECT of it.
/// </summary>
[Collection(TapTests.Name)]
public sealed class InjectionCompileTests(TapFixture tap, RunLog log, ITestOutputHelper output) : IClassFixture<RunLog>
{
    /// <summary>What a harmless value looks like in the same place.</summary>
    private const string Placeholder = "x";

    private readonly IServiceProvider _services = tap.Host().Services;

    [Fact]
    public async Task Payloads_in_ADQL_stay_one_literal_or_name_or_are_refused()
    {
        var catalogue = await _services.GetRequiredService<TapSchemaCatalogue>().GetAsync(CancellationToken.None);
        var options = new CompileOptions(_services.GetRequiredService<IReadOnlyList<UserFunction>>(), MaxRows: 4);
        string? Compile(string adql) => AdqlCompiler.Compile(adql, catalogue, options).Sql;
        var problems = new List<string>();
        var literals = new List<(string Sql, string Payload)>();
        var (confined, refused) = (0, 0);

        foreach (var place in AdqlPlace.All)
        {
            foreach (var payload in InjectionPayloads.All)
            {
                var sql = Compile(place.Query(payload));
                if (sql is null)
                {
                    refused++;
                    continue;
                }

                confined++;
                var problem = place.Quoted
                    ? ConfinedValue.Confined(sql, Compile(place.Query(Placeholder))!, payload, Placeholder)
                    : ConfinedValue.OneSelect(sql);
                if (problem is not null)
                {
                    problems.Add($"{place.Name}, payload {payload}: {problem}");
                }
                else if (place.Quoted)
                {
                    literals.Add((sql, payload));
                }
            }
        }

        problems.AddRange(await StringConstantsPostgreSqlReadsAsAsync(literals));
        log.Write(output, $"ADQL injection: {InjectionPayloads.All.Count} payloads × {AdqlPlace.All.Count} places: {confined} compiled (quoted values into one literal or name, pasted text into one SELECT), {refused} refused");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.NotEqual(0, confined);
    }

    [Fact]
    public async Task Payloads_in_SIA_parameters_stay_one_literal_or_are_refused()
    {
        var builder = _services.GetRequiredService<SiaQueryBuilder>();
        var catalogue = await _services.GetRequiredService<TapSchemaCatalogue>().GetAsync(CancellationToken.None);
        var options = new CompileOptions(_services.GetRequiredService<IReadOnlyList<UserFunction>>());
        CompileResult Compile(string name, string value) =>
            AdqlCompiler.Compile(builder.Build(DaliParameters.FromPairs([KeyValuePair.Create(name, value)])).Query, catalogue, options);

        var names = SiaParameterNames(builder);
        var problems = new List<string>();
        var literals = new List<(string Sql, string Payload)>();
        var (confined, refused) = (0, 0);
        foreach (var name in names)
        {
            foreach (var payload in InjectionPayloads.All)
            {
                CompileResult result;
                try
                {
                    result = Compile(name, payload);
                }
                catch (DaliParameterException)
                {
                    refused++;
                    continue;
                }

                if (result.Sql is not { } sql)
                {
                    // Only the ADQL compiler refuses NUL, which no SQL text may hold; anything else is SIAv2 building bad ADQL.
                    refused++;
                    Assert.True(payload.Contains('\0', StringComparison.Ordinal), $"{name}={payload}: {string.Join("; ", result.Diagnostics)}");
                    continue;
                }

                confined++;
                if (ConfinedValue.Confined(sql, Compile(name, Placeholder).Sql!, payload, Placeholder) is { } problem)
                {
                    problems.Add($"{name}={payload}: {problem}");
                }
                else
                {
                    literals.Add((sql, payload));
                }
            }
        }

        problems.AddRange(await StringConstantsPostgreSqlReadsAsAsync(literals));
        log.Write(output, $"SIAv2 injection: {InjectionPayloads.All.Count} payloads × {names.Count} parameters: {confined} built with the value in one literal, {refused} refused");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.NotEqual(0, confined);
    }

    /// <summary>The checks above can fail: statements where a payload got out of its literal or name.</summary>
    [Theory]
    [InlineData("SELECT a FROM t WHERE a = ''; DROP TABLE t; --'", "'; DROP TABLE t; --")]
    [InlineData("SELECT a FROM t WHERE a = '' OR '1'='1'", "' OR '1'='1")]
    [InlineData("SELECT a FROM t WHERE a = E'\\''; DROP TABLE t; --'", "\\'; DROP TABLE t; --")]
    [InlineData("SELECT a FROM t WHERE a = E'\\'' OR 1=1 --'", "\\' OR 1=1 --")]
    [InlineData("SELECT a AS \"x\" OR \"a\"=\"a\" FROM t WHERE a = 'x'", "x\" OR \"a\"=\"a")]
    [InlineData("SELECT a FROM t WHERE a = $$x$$", "$$x$$")]
    public void A_payload_out_of_its_literal_is_caught(string escaped, string payload)
    {
        Assert.NotNull(ConfinedValue.Confined(escaped, "SELECT a FROM t WHERE a = 'x'", payload, Placeholder));
    }

    /// <summary>Every parameter /sia/query reads: the standard ones, the portal filters, MAXREC and RESPONSEFORMAT.</summary>
    internal static IReadOnlyList<string> SiaParameterNames(SiaQueryBuilder builder) =>
        [.. builder.Parameters.Select(p => p.Name), DaliParameters.MaxRec, DaliParameters.ResponseFormat];

    /// <summary>
    /// The second opinion on the quoting: PostgreSQL itself reads each string constant that holds a
    /// payload (in a read-only transaction, in case this test's own lexer were wrong) and must get the payload.
    /// </summary>
    private async Task<IEnumerable<string>> StringConstantsPostgreSqlReadsAsAsync(IEnumerable<(string Sql, string Payload)> compiled)
    {
        var problems = new List<string>();
        await using var connection = await tap.Database.OpenAsync();
        foreach (var (sql, payload) in compiled)
        {
            foreach (var constant in SqlTokens.Read(sql).Where(t => t.Kind == SqlTokenKind.String && t.Value == payload))
            {
                await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted);
                await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
                {
                    await readOnly.ExecuteNonQueryAsync();
                }

                await using var read = new NpgsqlCommand($"SELECT {constant.Text}::text", connection, transaction);
                if (await read.ExecuteScalarAsync() is not string value || value != payload)
                {
                    problems.Add($"PostgreSQL reads {constant.Text} differently from the payload {payload}");
                }

                await transaction.RollbackAsync();
            }
        }

        return problems;
    }
}
