namespace Harness;

/// <summary>One arm: how many service instances share the clients' requests, and how many hot standbys take the queries.</summary>
internal sealed record TopologyArm(int Instances, int Standbys)
{
    public string Name => $"{Instances} instance{(Instances == 1 ? "" : "s")}, {Standbys} standbys";
}

/// <summary>One concurrency level of an arm: the load and the CPU it took, per <see cref="TopologyBenchmark.Parts"/>.</summary>
internal sealed record TopologyLevel(LoadLevel Load, CpuUse Cpu)
{
    /// <summary>Milliseconds of CPU per request that each part took.</summary>
    public IReadOnlyList<double> MillisecondsPerRequest => [.. Cpu.PartSeconds.Select(PerRequest)];

    /// <summary>Milliseconds of busy time of all the machine's cores per request, whoever took them.</summary>
    public double MachineMillisecondsPerRequest => PerRequest(Cpu.MachineBusySeconds);

    private double PerRequest(double seconds) => seconds * 1000 / Load.Requests;
}

/// <summary>An arm's transactions per server in the benchmark's database during its load (primary first, then each standby), and the service's sessions on each.</summary>
internal sealed record ServerTraffic(IReadOnlyList<long> Transactions, IReadOnlyList<long> Sessions);

/// <summary>One arm measured: each level's median over the repeats, and its servers' traffic in the last repeat.</summary>
internal sealed record TopologyArmFigures(TopologyArm Arm, IReadOnlyList<TopologyLevel> Levels, ServerTraffic Traffic);

internal sealed record TopologyRunResults(
    DateTime Started, HarnessOptions Options, Machine Machine, string LoadAverageAtStart, string LoadAverageAtEnd,
    string PostgresVersion, DataSet DataSet, IReadOnlyList<TopologyArmFigures> Arms);

/// <summary>
/// Throughput of the query mix with one or two service instances and zero or two hot standbys on
/// this machine (issue 14), with the CPU each part took, so that the report can say what saturates
/// and model how throughput grows with cores and machines. The harness's closed-loop clients send
/// their requests to the instances in turn, as a load balancer would. The arms take turns, each
/// repeat starting with the next; every arm starts its standbys and instances and stops them again.
/// </summary>
internal static class TopologyBenchmark
{
    public static readonly int[] ClientCounts = [1, 4, 8, 16];

    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static readonly IReadOnlyList<TopologyArm> Arms = [new(1, 0), new(2, 0), new(1, 2), new(2, 2)];

    /// <summary>The parts whose CPU is counted, in <see cref="CpuUse.PartSeconds"/> order.</summary>
    public static readonly IReadOnlyList<string> Parts = ["service", "PostgreSQL primary", "PostgreSQL standbys", "harness clients"];

    public static async Task<TopologyRunResults> RunAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var setup = await MixSetup.PrepareAsync(options, log, cancellationToken);
        var (database, app, mix) = (setup.Database, setup.App, setup.Mix);
        var servers = new BenchServers(options.DbScript!, database, options.StandbyOffset);

        var runs = Arms.ToDictionary(arm => arm, _ => new List<List<TopologyLevel>>());
        var traffic = new Dictionary<TopologyArm, ServerTraffic>();
        var jobFolder = Directory.CreateTempSubdirectory("bench-topology-");
        try
        {
            for (var repeat = 1; repeat <= options.Repeats; repeat++)
            {
                // Each repeat starts with a different arm, so that no arm always follows the same one.
                foreach (var arm in Arms.Skip((repeat - 1) % Arms.Count).Concat(Arms.Take((repeat - 1) % Arms.Count)))
                {
                    log.WriteLine($"== repeat {repeat} of {options.Repeats}: {arm.Name}");
                    var (levels, armTraffic) = await MeasureArmAsync(arm, app, servers, options, jobFolder.FullName, mix, log, cancellationToken);
                    runs[arm].Add(levels);
                    traffic[arm] = armTraffic;
                }
            }
        }
        finally
        {
            jobFolder.Delete(recursive: true);
        }

        var arms = Arms.Select(arm => new TopologyArmFigures(
            arm, [.. ClientCounts.Select((_, level) => MedianOf([.. runs[arm].Select(run => run[level])]))], traffic[arm])).ToList();
        return new TopologyRunResults(setup.Started, options, Machine.Describe(), setup.LoadAverageAtStart, Machine.LoadAverage(), setup.PostgresVersion, setup.DataSet, arms);
    }

    private static async Task<(List<TopologyLevel> Levels, ServerTraffic Traffic)> MeasureArmAsync(
        TopologyArm arm, ServiceApp app, BenchServers servers, HarnessOptions options, string jobFolder, IReadOnlyList<MixQuery> mix,
        TextWriter log, CancellationToken cancellationToken)
    {
        var instances = new List<ServiceProcess>();
        try
        {
            await servers.StartStandbysAsync(arm.Standbys, log, cancellationToken);
            foreach (var port in options.ServicePorts.Take(arm.Instances))
            {
                var settings = BenchmarkRun.ServiceSettings(port, jobFolder);
                settings["Database__ServiceConnectionString"] = servers.ServiceConnectionString(arm.Standbys);
                instances.Add(await app.StartAsync(port, settings, cancellationToken));
            }

            return await LoadAsync(arm, instances, servers, options, mix, log, cancellationToken);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            await servers.StopStandbysAsync(arm.Standbys);
        }
    }

    private static async Task<(List<TopologyLevel> Levels, ServerTraffic Traffic)> LoadAsync(
        TopologyArm arm, List<ServiceProcess> instances, BenchServers servers, HarnessOptions options, IReadOnlyList<MixQuery> mix,
        TextWriter log, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new RoundRobinHandler([.. instances.Select(instance => instance.BaseAddress)]) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } })
        {
            BaseAddress = instances[0].BaseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        var requests = new ServiceRequests(client);
        foreach (var query in mix)
        {
            await requests.ProbeAsync(query, cancellationToken);
        }

        await LoadTest.RunAsync(requests, mix, ClientCounts[^1], WarmUp, cancellationToken);

        var serverPorts = new[] { servers.PrimaryPort }.Concat(servers.StandbyPorts(arm.Standbys)).ToList();
        var primary = await servers.PostmasterAsync(servers.PrimaryPort, cancellationToken);
        var standbys = new List<int>();
        foreach (var port in serverPorts.Skip(1))
        {
            standbys.Add(await servers.PostmasterAsync(port, cancellationToken));
        }

        var meter = new CpuMeter(
        [
            new(Parts[0], [.. instances.Select(instance => instance.ProcessId)], WithChildren: false),
            new(Parts[1], [primary], WithChildren: true),
            new(Parts[2], standbys, WithChildren: true),
            new(Parts[3], [Environment.ProcessId], WithChildren: false),
        ]);
        var transactionsBefore = await TransactionsAsync(servers, serverPorts, cancellationToken);
        var levels = new List<TopologyLevel>();
        foreach (var clients in ClientCounts)
        {
            var before = meter.Read();
            var load = await LoadTest.RunAsync(requests, mix, clients, options.LoadDuration, cancellationToken);
            levels.Add(new TopologyLevel(load, CpuMeter.Between(before, meter.Read())));
            log.WriteLine(FormattableString.Invariant(
                $"  {clients} clients: {load.RequestsPerSecond:F0} requests/s, {load.Failures} of {load.Requests} failed, machine {levels[^1].Cpu.MachineBusyShare:P0} busy"));
        }

        var transactionsAfter = await TransactionsAsync(servers, serverPorts, cancellationToken);
        var sessions = new List<long>();
        foreach (var port in serverPorts)
        {
            sessions.Add(await servers.ServiceSessionsAsync(port, cancellationToken));
        }

        var traffic = new ServerTraffic([.. transactionsAfter.Zip(transactionsBefore, (after, before) => after - before)], sessions);
        log.WriteLine($"  transactions per server (primary first): {string.Join(", ", traffic.Transactions)}; service sessions: {string.Join(", ", sessions)}");
        return (levels, traffic);
    }

    private static async Task<List<long>> TransactionsAsync(BenchServers servers, List<int> ports, CancellationToken cancellationToken)
    {
        var counts = new List<long>();
        foreach (var port in ports)
        {
            counts.Add(await servers.TransactionsAsync(port, cancellationToken));
        }

        return counts;
    }

    /// <summary>The medians of the repeats; the CPU-seconds are summed, as the requests are, so that their ratio is the CPU per request over all repeats.</summary>
    private static TopologyLevel MedianOf(IReadOnlyList<TopologyLevel> runs) => new(
        LoadLevel.MedianOf([.. runs.Select(run => run.Load)]),
        new CpuUse(
            Statistics.Median(runs.Select(run => run.Cpu.MachineBusyShare)),
            runs.Sum(run => run.Cpu.MachineBusySeconds),
            [.. Parts.Select((_, part) => runs.Sum(run => run.Cpu.PartSeconds[part]))]));

    /// <summary>Sends each request to the next instance in turn, as a round-robin load balancer would.</summary>
    private sealed class RoundRobinHandler(IReadOnlyList<Uri> instances) : DelegatingHandler
    {
        private int _sent = -1;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var instance = instances[(int)((uint)Interlocked.Increment(ref _sent) % (uint)instances.Count)];
            request.RequestUri = new Uri(instance, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
