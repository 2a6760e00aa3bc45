using System.Diagnostics;
using System.Net;
using Tap.Service.Admin;

namespace Tap.Service.Tests.Security;

/// <summary>The `token` admin command, run as a newcomer runs it, and the service that takes its tokens.</summary>
public sealed class TokenCommandTests(SecuredService service) : IClassFixture<SecuredService>
{
    [Fact]
    public async Task A_minted_token_is_accepted_by_the_service_and_names_the_user_and_groups()
    {
        var (exitCode, output, _) = await RunAsync("--user", "alice", "--group", "staff", "--group", "camera", "--days", "1");
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(CallerProbe.Path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + output.Trim());

        using var response = await client.SendAsync(request);

        Assert.Equal(0, exitCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alice: staff, camera", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_key_it_creates_is_readable_by_its_owner_only_and_kept()
    {
        await RunAsync("--user", "alice");
        var key = await File.ReadAllTextAsync(service.KeyFile);
        await RunAsync("--user", "bob");

        // The service runs on Linux; Windows has no such mode to check.
        var mode = OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(service.KeyFile);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(key, await File.ReadAllTextAsync(service.KeyFile));
    }

    [Theory]
    [InlineData("--group", "staff")]
    [InlineData("--user", "alice", "--days", "400")]
    [InlineData("--user", "alice", "--colour", "blue")]
    public async Task Wrong_arguments_are_a_usage_error(params string[] arguments)
    {
        var (exitCode, output, error) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(TokenCommand.Usage, error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = ServiceProcess.StartInfo(AppContext.BaseDirectory, ["token", .. arguments], new Dictionary<string, string> { ["Auth:KeyFile"] = service.KeyFile });
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
