using System.Globalization;
using System.Xml;
using Adql.Semantics;
using ObsCore.Model;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.Uws;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Vosi;

/// <summary>
/// VOSI 1.1 capabilities of the TAP service: the TAPRegExt TableAccess capability, built from the
/// compiler's features and user functions, the result formats and the configured limits, so it
/// advertises exactly what the service does; then the VOSI and DALI examples endpoints. Every
/// interface lists the <see cref="InterfaceSecurity"/> methods.
/// </summary>
internal static class CapabilitiesDocument
{
    public const string TapStandardId = "ivo://ivoa.net/std/TAP";

    public static byte[] Write(
        Uri tapUrl, IReadOnlyList<UserFunction> userFunctions, QueryLimitsOptions query, UwsOptions uws, InterfaceSecurity security) =>
        VosiXml.Document(writer =>
    {
        var baseUrl = tapUrl.AbsoluteUri.TrimEnd('/');
        writer.WriteStartElement("vosi", "capabilities", VosiXml.Capabilities);
        VosiXml.DeclarePrefixes(
            writer, ("xsi", VosiXml.Xsi), ("vr", VosiXml.VOResource), ("vs", VosiXml.VODataService), ("tr", VosiXml.TapRegExt));
        WriteTableAccess(writer, baseUrl, userFunctions, query, uws, security);
        WriteEndpoint(writer, VosiStandards.Availability, baseUrl + "/availability", security);
        WriteEndpoint(writer, VosiStandards.Capabilities, baseUrl + "/capabilities", security);
        WriteEndpoint(writer, "ivo://ivoa.net/std/VOSI#tables-1.1", baseUrl + "/tables", security);
        WriteEndpoint(writer, "ivo://ivoa.net/std/DALI#examples", baseUrl + "/examples", security, "vr:WebBrowser");
        writer.WriteEndElement();
    });

    /// <summary>
    /// A service that is a list of endpoints (DataLink, SIAv2): one capability for each, every one
    /// with its standardID, which pyvo 1.2's SIAv2 client needs on all of them.
    /// </summary>
    public static byte[] WriteEndpoints(
        Uri serviceUrl, IEnumerable<(string StandardId, string Path)> endpoints, InterfaceSecurity security) => VosiXml.Document(writer =>
    {
        var baseUrl = serviceUrl.AbsoluteUri.TrimEnd('/');
        writer.WriteStartElement("vosi", "capabilities", VosiXml.Capabilities);
        VosiXml.DeclarePrefixes(writer, ("xsi", VosiXml.Xsi), ("vr", VosiXml.VOResource), ("vs", VosiXml.VODataService));
        foreach (var (standardId, path) in endpoints)
        {
            WriteEndpoint(writer, standardId, baseUrl + "/" + path, security);
        }

        writer.WriteEndElement();
    });

    private static void WriteTableAccess(
        XmlWriter writer, string baseUrl, IReadOnlyList<UserFunction> userFunctions, QueryLimitsOptions query, UwsOptions uws,
        InterfaceSecurity security)
    {
        writer.WriteStartElement("capability");
        writer.WriteAttributeString("standardID", TapStandardId);
        VosiXml.XsiType(writer, "tr:TableAccess");
        WriteInterface(writer, "vs:ParamHTTP", "1.1", "base", baseUrl, security);

        writer.WriteStartElement("dataModel");
        writer.WriteAttributeString("ivo-id", ObsCoreTable.StandardId);
        writer.WriteString("ObsCore-1.1");
        writer.WriteEndElement();

        WriteLanguage(writer, userFunctions);
        foreach (var format in ResultFormats.All)
        {
            WriteOutputFormat(writer, format);
        }

        // Inline multipart parts and http(s) URLs, as the query executor reads them (UploadReference).
        foreach (var method in new[] { "upload-inline", "upload-http" })
        {
            writer.WriteStartElement("uploadMethod");
            writer.WriteAttributeString("ivo-id", "ivo://ivoa.net/std/TAPRegExt#" + method);
            writer.WriteEndElement();
        }

        WriteLimit(writer, "retentionPeriod", null, Seconds(uws.DefaultRetention), Seconds(uws.MaxRetention));
        WriteLimit(writer, "executionDuration", null, Seconds(uws.DefaultExecutionDuration), Seconds(uws.MaxExecutionDuration));
        WriteLimit(writer, "outputLimit", "row", query.DefaultMaxRec, query.HardMaxRec);
        WriteLimit(writer, "uploadLimit", "byte", query.UploadMaxBytes, query.UploadMaxBytes);
        writer.WriteEndElement();
    }

    private static void WriteLanguage(XmlWriter writer, IReadOnlyList<UserFunction> userFunctions)
    {
        writer.WriteStartElement("language");
        writer.WriteElementString("name", "ADQL");
        WriteVersion(writer, "2.0", "ivo://ivoa.net/std/ADQL#v2.0");
        WriteVersion(writer, "2.1", "ivo://ivoa.net/std/ADQL#v2.1");
        writer.WriteElementString(
            "description",
            "ADQL 2.1, compiled to PostgreSQL with pg_sphere; ADQL 2.0 queries are accepted as they are. LANG may be ADQL, ADQL-2.0 or ADQL-2.1.");
        WriteFeatures(writer, AdqlLanguageFeatures.UdfType, userFunctions.Select(f => new LanguageFeature(f.Signature, f.Description)));
        foreach (var group in AdqlLanguageFeatures.Groups)
        {
            WriteFeatures(writer, group.Type, group.Features);
        }

        writer.WriteEndElement();
    }

    private static void WriteVersion(XmlWriter writer, string version, string ivoId)
    {
        writer.WriteStartElement("version");
        writer.WriteAttributeString("ivo-id", ivoId);
        writer.WriteString(version);
        writer.WriteEndElement();
    }

    private static void WriteFeatures(XmlWriter writer, string type, IEnumerable<LanguageFeature> features)
    {
        writer.WriteStartElement("languageFeatures");
        writer.WriteAttributeString("type", type);
        foreach (var feature in features)
        {
            writer.WriteStartElement("feature");
            writer.WriteElementString("form", feature.Form);
            VosiXml.Element(writer, "description", feature.Description);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteOutputFormat(XmlWriter writer, ResultFormat format)
    {
        writer.WriteStartElement("outputFormat");
        if (StandardFormatId(format) is { } ivoId)
        {
            writer.WriteAttributeString("ivo-id", ivoId);
        }

        writer.WriteElementString("mime", format.MimeType);
        foreach (var alias in format.Aliases)
        {
            writer.WriteElementString("alias", alias);
        }

        writer.WriteEndElement();
    }

    /// <summary>TAPRegExt's identifiers for the formats TAP 1.1 requires.</summary>
    private static string? StandardFormatId(ResultFormat format) =>
        format == ResultFormats.VoTableTableData ? "ivo://ivoa.net/std/TAPRegExt#output-votable-td"
        : format == ResultFormats.VoTableBinary2 ? "ivo://ivoa.net/std/TAPRegExt#output-votable-binary2"
        : null;

    private static void WriteLimit(XmlWriter writer, string element, string? unit, long defaultValue, long hardValue)
    {
        writer.WriteStartElement(element);
        WriteLimitValue(writer, "default", unit, defaultValue);
        WriteLimitValue(writer, "hard", unit, hardValue);
        writer.WriteEndElement();
    }

    private static void WriteLimitValue(XmlWriter writer, string element, string? unit, long value)
    {
        writer.WriteStartElement(element);
        if (unit is not null)
        {
            writer.WriteAttributeString("unit", unit);
        }

        writer.WriteString(value.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }

    private static void WriteEndpoint(
        XmlWriter writer, string standardId, string url, InterfaceSecurity security, string interfaceType = "vs:ParamHTTP")
    {
        writer.WriteStartElement("capability");
        writer.WriteAttributeString("standardID", standardId);
        WriteInterface(writer, interfaceType, null, "full", url, security);
        writer.WriteEndElement();
    }

    private static void WriteInterface(XmlWriter writer, string type, string? version, string use, string url, InterfaceSecurity security)
    {
        writer.WriteStartElement("interface");
        VosiXml.XsiType(writer, type);
        if (type == "vs:ParamHTTP")
        {
            writer.WriteAttributeString("role", "std");
        }

        if (version is not null)
        {
            writer.WriteAttributeString("version", version);
        }

        writer.WriteStartElement("accessURL");
        writer.WriteAttributeString("use", use);
        writer.WriteString(url);
        writer.WriteEndElement();
        if (!security.IsAnonymousOnly)
        {
            foreach (var method in security.Methods)
            {
                writer.WriteStartElement("securityMethod");
                if (method is not null)
                {
                    writer.WriteAttributeString("standardID", method);
                }

                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
    }

    private static long Seconds(TimeSpan duration) => (long)duration.TotalSeconds;
}
