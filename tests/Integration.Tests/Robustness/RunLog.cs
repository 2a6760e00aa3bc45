using Xunit.Abstractions;
using Xunit.Sdk;

namespace Integration.Tests.Robustness;

/// <summary>
/// Counts worth seeing in every run: in the test's output, and as an xunit diagnostic message, which
/// `dotnet test` prints even for passing tests (xunit.runner.json turns them on).
/// </summary>
public sealed class RunLog(IMessageSink diagnostics)
{
    public void Write(ITestOutputHelper output, string text)
    {
        output.WriteLine(text);
        diagnostics.OnMessage(new DiagnosticMessage(text));
    }
}
