namespace Tap.Service.Admin;

/// <summary>
/// A maintenance task run from the command line (`Tap.Service &lt;name&gt; [args]`) instead of the web service.
/// Commands are registered in <see cref="AdminCommandLine"/>; they get their settings through DI.
/// </summary>
internal interface IAdminCommand
{
    /// <summary>The word on the command line, e.g. "migrate".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
