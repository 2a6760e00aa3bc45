using Npgsql;

namespace Harness;

/// <summary>
/// The database of one data set: <c>bench_&lt;rows&gt;</c> on the cluster that the environment points
/// at (scripts/db.sh env), so data sets of different sizes live side by side and none is reloaded
/// to switch between them. Built from the service's own connection settings, with only the database changed.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string AdminVariable = "Database__AdminConnectionString";
    private const string ServiceVariable = "Database__ServiceConnectionString";

    private BenchDatabase(string name, string adminConnectionString, string serviceConnectionString)
    {
        Name = name;
        AdminConnectionString = adminConnectionString;
        ServiceConnectionString = serviceConnectionString;
        Admin = NpgsqlDataSource.Create(adminConnectionString);
    }

    public string Name { get; }

    public string AdminConnectionString { get; }

    public string ServiceConnectionString { get; }

    /// <summary>For the harness's own statements: COPY, EXPLAIN, the data set record.</summary>
    public NpgsqlDataSource Admin { get; }

    /// <summary>The settings the service and its admin commands get, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        [AdminVariable] = AdminConnectionString,
        [ServiceVariable] = ServiceConnectionString,
    };

    public static BenchDatabase ForRows(long rows) => Named($"bench_{rows}");

    /// <summary>The database <paramref name="name"/> on the same cluster, e.g. the committed sample's for the image benchmark.</summary>
    public static BenchDatabase Named(string name) => new(name, WithDatabase(AdminVariable, name), WithDatabase(ServiceVariable, name));

    public ValueTask DisposeAsync() => Admin.DisposeAsync();

    private static string WithDatabase(string variable, string database)
    {
        var value = System.Environment.GetEnvironmentVariable(variable)
            ?? throw new HarnessException($"{variable} is not set; run through bench/run.sh, or eval \"$(scripts/db.sh env)\" first");
        return new NpgsqlConnectionStringBuilder(value) { Database = database }.ConnectionString;
    }
}
