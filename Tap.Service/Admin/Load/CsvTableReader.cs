using CsvHelper;
using ObsCore.Model;
using ObsCore.Model.Csv;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Reads rows of one table from a CSV file whose header names the table's columns (in any order and
/// case; absent columns are NULL). Header problems are reported all at once before any row is read;
/// rows that cannot be read are skipped and reported with their line numbers, so the caller can
/// reject the whole file after one pass.
/// </summary>
internal sealed class CsvTableReader : IDisposable
{
    /// <summary>Enough to show a pattern without flooding the terminal; the total is still counted.</summary>
    private const int MaxReportedProblems = 20;

    private readonly TableDefinition _table;
    private readonly string _fileName;
    private readonly TextReader _text;
    private readonly CsvParser _parser;
    private readonly int[] _positions;
    private readonly List<string> _problems = [];
    private int _problemCount;

    private CsvTableReader(TableDefinition table, string path)
    {
        _table = table;
        _fileName = Path.GetFileName(path);
        _text = CsvTables.OpenText(path);
        _parser = new CsvParser(_text, CsvTables.Format);
        _positions = ReadHeader();
    }

    /// <summary>Opens the file and checks its header; throws <see cref="LoadRejectedException"/> listing every header problem.</summary>
    public static CsvTableReader Open(TableDefinition table, string path)
    {
        var reader = new CsvTableReader(table, path);
        if (reader._problems.Count > 0)
        {
            var problems = reader._problems;
            reader.Dispose();
            throw new LoadRejectedException(problems);
        }

        return reader;
    }

    public TableSource ToSource(Func<object?[], object?[]>? complete = null)
    {
        var rows = complete is null ? Rows() : Rows().Select(complete);
        return new TableSource(_table, rows, Problems);
    }

    public IReadOnlyList<string> Problems() =>
        _problemCount > _problems.Count
            ? [.. _problems, $"{_fileName}: ... and {_problemCount - _problems.Count} more problem(s)"]
            : _problems;

    public IEnumerable<object?[]> Rows()
    {
        while (_parser.Read())
        {
            var line = _parser.RawRow;
            var fields = _parser.Record ?? [];
            if (fields.Length != _positions.Length)
            {
                Problem(line, $"{fields.Length} fields where the header has {_positions.Length}");
                continue;
            }

            var row = new object?[_table.Columns.Count];
            var valid = true;
            for (var i = 0; i < fields.Length; i++)
            {
                var column = _table.Columns[_positions[i]];
                try
                {
                    row[_positions[i]] = ColumnText.Parse(column.Type, fields[i].Trim());
                }
                catch (FormatException error)
                {
                    Problem(line, $"{column.Name}: {error.Message}");
                    valid = false;
                }
            }

            foreach (var missing in _table.Columns.Where((column, i) => !column.Nullable && row[i] is null))
            {
                Problem(line, $"{missing.Name} is required");
                valid = false;
            }

            if (valid)
            {
                yield return row;
            }
        }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }

    private int[] ReadHeader()
    {
        if (!_parser.Read() || _parser.Record is not { Length: > 0 } header)
        {
            _problems.Add($"{_fileName}: the file is empty; it needs a header line naming the columns");
            return [];
        }

        var known = _table.Columns.Select(c => c.DatabaseName).ToList();
        var positions = new int[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            positions[i] = known.FindIndex(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (positions[i] < 0)
            {
                var suggestion = ColumnNames.Closest(name, known);
                _problems.Add($"{_fileName}: unknown column '{name}' in {_table.QualifiedName}" +
                              (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
            }
            else if (Array.IndexOf(positions, positions[i], 0, i) >= 0)
            {
                _problems.Add($"{_fileName}: column '{name}' appears twice in the header");
            }
        }

        var absent = _table.Columns.Where((column, i) => !column.Nullable && !positions.Contains(i));
        _problems.AddRange(absent.Select(column => $"{_fileName}: required column '{column.Name}' is missing from the header"));
        return positions;
    }

    private void Problem(long line, string message)
    {
        if (++_problemCount <= MaxReportedProblems)
        {
            _problems.Add($"{_fileName} line {line}: {message}");
        }
    }
}
