using System.Globalization;

namespace Tap.Service.Protocol;

/// <summary>
/// The parameters of one DALI request, read once from the query string and, for POST, from an
/// <c>application/x-www-form-urlencoded</c> or <c>multipart/form-data</c> body. Names are
/// case-insensitive (DALI), repeated values are kept in the order given, and multipart file parts
/// are kept for TAP_UPLOAD. Endpoints take it as a parameter; minimal APIs bind it with <see cref="BindAsync"/>.
/// </summary>
public sealed class DaliParameters
{
    private static readonly IReadOnlyList<string> NoValues = [];

    private readonly Dictionary<string, List<string>> _values;

    private DaliParameters(Dictionary<string, List<string>> values, IFormFileCollection files)
    {
        _values = values;
        Files = files;
    }

    /// <summary>File parts of a multipart body, looked up by part name (case-insensitive).</summary>
    public IFormFileCollection Files { get; }

    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Binds an endpoint parameter; the parameters are read once per request and shared.</summary>
    public static async ValueTask<DaliParameters> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<DaliParameters>() is { } known)
        {
            return known;
        }

        var parameters = await ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        context.Features.Set(parameters);
        return parameters;
    }

    /// <summary>
    /// Parameters given earlier and kept, e.g. those of an asynchronous job when its worker runs it,
    /// with the file parts kept with them; the same rules apply as for a request.
    /// </summary>
    public static DaliParameters FromValues(IEnumerable<KeyValuePair<string, string[]>> values, IFormFileCollection? files = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, given) in values)
        {
            Add(byName, name, given);
        }

        return new DaliParameters(byName, files ?? new FormFileCollection());
    }

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Every value given for <paramref name="name"/>, in request order; empty when absent.</summary>
    public IReadOnlyList<string> GetValues(string name) => _values.TryGetValue(name, out var values) ? values : NoValues;

    /// <summary>The value of a single-valued parameter, or null when absent; giving different values is a usage error.</summary>
    public string? GetSingle(string name)
    {
        var values = GetValues(name);
        if (values.Count > 1 && values.Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new DaliUsageException($"Parameter {name} takes one value but was given {values.Count}: {string.Join(", ", values)}.");
        }

        return values.Count == 0 ? null : values[0];
    }

    /// <summary>A single non-negative integer (e.g. MAXREC), or null when absent or empty.</summary>
    public int? GetNonNegativeInt32(string name)
    {
        var text = GetSingle(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DaliUsageException($"Parameter {name} must be a non-negative integer, not '{text}'.");
    }

    private static async Task<DaliParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, given) in request.Query)
        {
            Add(values, name, given);
        }

        IFormFileCollection files = new FormFileCollection();
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException malformed)
            {
                throw new DaliUsageException("The request body is not a readable form: " + malformed.Message, malformed);
            }

            foreach (var (name, given) in form)
            {
                Add(values, name, given);
            }

            files = form.Files;
        }

        return new DaliParameters(values, files);
    }

    private static void Add(Dictionary<string, List<string>> values, string name, IEnumerable<string?> given)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = [];
        }

        list.AddRange(given.Select(value => value ?? string.Empty));
    }
}
