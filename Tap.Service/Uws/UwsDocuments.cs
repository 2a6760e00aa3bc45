using System.Globalization;
using System.Text;
using System.Xml;

namespace Tap.Service.Uws;

/// <summary>The UWS 1.1 XML documents: job, job list and results, in the UWS namespace.</summary>
internal static class UwsDocuments
{
    public const string ContentType = "text/xml";

    private const string UwsNamespace = "http://www.ivoa.net/xml/UWS/v1.0";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Version = "1.1";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary>UWS timestamps: UTC ISO-8601 to the microsecond, as stored, so a creationTime given back as AFTER excludes its own job.</summary>
    public static string FormatTime(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static byte[] JobList(IEnumerable<Job> jobs, JobLinks links)
    {
        return Write("jobs", Version, writer =>
        {
            foreach (var job in jobs)
            {
                writer.WriteStartElement("uws", "jobref", UwsNamespace);
                writer.WriteAttributeString("id", job.JobId);
                writer.WriteAttributeString("xlink", "href", XlinkNamespace, links.Job(job.Service, job.JobId));
                Element(writer, "phase", job.Phase.ToUwsName());
                OptionalElement(writer, "runId", job.RunId);
                NillableElement(writer, "ownerId", job.OwnerId);
                Element(writer, "creationTime", FormatTime(job.CreationTime));
                writer.WriteEndElement();
            }
        });
    }

    public static byte[] Job(Job job, JobLinks links)
    {
        return Write("job", Version, writer =>
        {
            Element(writer, "jobId", job.JobId);
            OptionalElement(writer, "runId", job.RunId);
            NillableElement(writer, "ownerId", job.OwnerId);
            Element(writer, "phase", job.Phase.ToUwsName());
            NillableElement(writer, "quote", Time(job.Quote));
            Element(writer, "creationTime", FormatTime(job.CreationTime));
            NillableElement(writer, "startTime", Time(job.StartTime));
            NillableElement(writer, "endTime", Time(job.EndTime));
            Element(writer, "executionDuration", job.ExecutionDuration.ToString(CultureInfo.InvariantCulture));
            NillableElement(writer, "destruction", Time(job.DestructionTime));
            WriteParameters(writer, job);
            WriteResults(writer, job, links);
            if (job.ErrorMessage is not null)
            {
                writer.WriteStartElement("uws", "errorSummary", UwsNamespace);
                writer.WriteAttributeString("type", job.ErrorType == JobErrorType.Transient ? "transient" : "fatal");
                writer.WriteAttributeString("hasDetail", "true");
                Element(writer, "message", job.ErrorMessage);
                writer.WriteEndElement();
            }
        });
    }

    public static byte[] Results(Job job, JobLinks links)
    {
        return Write("results", version: null, writer => WriteResultElements(writer, job, links));
    }

    public static byte[] Parameters(Job job)
    {
        return Write("parameters", version: null, writer => WriteParameterElements(writer, job));
    }

    /// <param name="version">The UWS version, which the schema allows on job and job list documents only.</param>
    private static byte[] Write(string rootName, string? version, Action<XmlWriter> writeContent)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartElement("uws", rootName, UwsNamespace);
            writer.WriteAttributeString("xmlns", "xlink", null, XlinkNamespace);
            writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            if (version is not null)
            {
                writer.WriteAttributeString("version", version);
            }

            writeContent(writer);
            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteParameters(XmlWriter writer, Job job)
    {
        writer.WriteStartElement("uws", "parameters", UwsNamespace);
        WriteParameterElements(writer, job);
        writer.WriteEndElement();
    }

    /// <summary>One element per value, so a repeated parameter appears once for each value, in order.</summary>
    private static void WriteParameterElements(XmlWriter writer, Job job)
    {
        foreach (var (name, values) in job.Parameters.OrderBy(parameter => parameter.Key, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var value in values)
            {
                writer.WriteStartElement("uws", "parameter", UwsNamespace);
                writer.WriteAttributeString("id", XmlText(name));
                writer.WriteString(XmlText(value));
                writer.WriteEndElement();
            }
        }
    }

    private static void WriteResults(XmlWriter writer, Job job, JobLinks links)
    {
        writer.WriteStartElement("uws", "results", UwsNamespace);
        WriteResultElements(writer, job, links);
        writer.WriteEndElement();
    }

    private static void WriteResultElements(XmlWriter writer, Job job, JobLinks links)
    {
        foreach (var result in job.Results.OrderBy(result => result.ResultId, StringComparer.Ordinal))
        {
            writer.WriteStartElement("uws", "result", UwsNamespace);
            writer.WriteAttributeString("id", result.ResultId);
            writer.WriteAttributeString("xlink", "type", XlinkNamespace, "simple");
            writer.WriteAttributeString("xlink", "href", XlinkNamespace, links.Result(job.Service, job.JobId, result.ResultId));
            if (result.SizeBytes is { } size)
            {
                writer.WriteAttributeString("size", size.ToString(CultureInfo.InvariantCulture));
            }

            if (result.MimeType is not null)
            {
                writer.WriteAttributeString("mime-type", result.MimeType);
            }

            writer.WriteEndElement();
        }
    }

    private static string? Time(DateTime? utc) => utc is { } value ? FormatTime(value) : null;

    private static void Element(XmlWriter writer, string name, string value) =>
        writer.WriteElementString("uws", name, UwsNamespace, XmlText(value));

    /// <summary>
    /// Text from a request as XML 1.0 can carry it: characters it cannot hold at all (most C0 controls,
    /// U+FFFE, U+FFFF, lone surrogates) become U+FFFD, as in the VOTable writers, instead of making the
    /// XmlWriter throw and the document a 500.
    /// </summary>
    private static string XmlText(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe?.Append(text, i, 2);
                i++;
                continue;
            }

            var valid = XmlConvert.IsXmlChar(text[i]);
            if (!valid)
            {
                safe ??= new StringBuilder(text, 0, i, text.Length);
            }

            safe?.Append(valid ? text[i] : '\uFFFD');
        }

        return safe?.ToString() ?? text;
    }

    private static void OptionalElement(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            Element(writer, name, value);
        }
    }

    /// <summary>UWS marks an unknown value with xsi:nil rather than leaving the element out.</summary>
    private static void NillableElement(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            Element(writer, name, value);
            return;
        }

        writer.WriteStartElement("uws", name, UwsNamespace);
        writer.WriteAttributeString("xsi", "nil", XsiNamespace, "true");
        writer.WriteEndElement();
    }
}
