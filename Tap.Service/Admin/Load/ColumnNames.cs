namespace Tap.Service.Admin.Load;

/// <summary>"Did you mean" for unknown column names: the closest known name by edit distance, if close enough.</summary>
internal static class ColumnNames
{
    public static string? Closest(string name, IEnumerable<string> known)
    {
        var lower = name.ToLowerInvariant();
        var best = known
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(lower, candidate.ToLowerInvariant())))
            .MinBy(pair => pair.Distance);
        // Allow about one typo in three characters; further than that a guess misleads more than it helps.
        return best.Candidate is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Candidate : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
