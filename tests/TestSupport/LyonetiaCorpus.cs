using System.Text.RegularExpressions;
using System.Xml;

namespace TestSupport;

/// <summary>One query of the IVOA lyonetia conformance suite.</summary>
/// <param name="File">Path below the suite's folder, e.g. "ivoa/1_select.xml".</param>
/// <param name="Title">The query's description, whitespace collapsed.</param>
/// <param name="Adql">The query text as written.</param>
/// <param name="Valid">Whether the suite declares the query valid ADQL.</param>
public sealed record LyonetiaQuery(string File, string Title, string Adql, bool Valid)
{
    /// <summary>The query with whitespace collapsed, to identify it in lists and messages.</summary>
    public string OneLine => LyonetiaCorpus.Collapse(Adql);

    public override string ToString() => $"{File} \"{Title}\": {OneLine}";
}

/// <summary>Reads the lyonetia suite vendored in tests/Conformance/lyonetia (its README says from where).</summary>
public static partial class LyonetiaCorpus
{
    private static readonly string[] Collections = ["ivoa", "gavo", "roe"];

    private static readonly string Root = SourceTree.PathOf("tests", "Conformance", "lyonetia");

    /// <summary>Every query file, e.g. "gavo/geometry.xml", as theory data.</summary>
    public static TheoryData<string> Files() => new(FileNames());

    private static IEnumerable<string> FileNames() =>
        Collections.SelectMany(collection => Directory.GetFiles(Path.Combine(Root, collection), "*.xml")
            .Select(path => $"{collection}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal));

    public static IReadOnlyList<LyonetiaQuery> Queries(string file)
    {
        var queries = new List<LyonetiaQuery>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(Root, file), settings);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(reader);
        foreach (XmlElement query in document.DocumentElement!.GetElementsByTagName("query"))
        {
            var adql = (XmlElement)query.GetElementsByTagName("adql")[0]!;
            var title = query.GetElementsByTagName("description") is { Count: > 0 } descriptions ? descriptions[0]!.InnerText : string.Empty;
            queries.Add(new LyonetiaQuery(file, Collapse(title), adql.InnerText, adql.GetAttribute("valid") == "true"));
        }

        return queries;
    }

    public static IEnumerable<LyonetiaQuery> AllQueries() => FileNames().SelectMany(Queries);

    internal static string Collapse(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
