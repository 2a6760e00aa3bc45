using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Integration.Tests.Robustness;

/// <summary>
/// Records what the service logs as an error. An internal failure after a result began streaming cannot
/// change the 200 already sent (a CSV answer is just cut off), but the service always logs it: here.
/// </summary>
internal sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    /// <summary>The first entries, for an assertion message.</summary>
    public string First() => string.Join("\n", _entries.Take(10));

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
