using System.Diagnostics;

namespace Tap.Service.Admin.Load;

/// <summary>Tells the user what the load is doing: phases always, a running row count only on a terminal.</summary>
internal sealed class LoadProgress(TextWriter output, bool interactive)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Stopwatch _sinceUpdate = Stopwatch.StartNew();
    private bool _lineOpen;

    public void Phase(string message)
    {
        EndLine();
        output.WriteLine(message);
    }

    public void Rows(string table, long rows)
    {
        if (!interactive || _sinceUpdate.Elapsed < Interval)
        {
            return;
        }

        _sinceUpdate.Restart();
        output.Write($"\r  {table}: {rows:N0} rows sent");
        _lineOpen = true;
    }

    private void EndLine()
    {
        if (_lineOpen)
        {
            output.WriteLine();
            _lineOpen = false;
        }
    }
}
