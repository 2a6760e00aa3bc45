using Microsoft.Extensions.Options;
using ObsCore.Model;
using Soda.Service.Description;
using Soda.Service.Parameters;
using Tap.Service.Configuration;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.DataLink;

/// <summary>
/// The service descriptors that make ObsCore rows followable: our DataLink links endpoint and the
/// SODA sync cutout service, both taking the row's obs_publisher_did as ID.
/// </summary>
internal sealed class DataLinkDescriptors(IOptions<ServiceOptions> options)
{
    public const string LinksStandardId = "ivo://ivoa.net/std/DataLink#links-1.1";
    public const string SodaSyncStandardId = SodaDescriber.SyncStandardId;
    public const string LinksDescriptorId = "datalink_links";
    public const string CutoutDescriptorId = "soda_cutout";

    /// <summary>The XML ID given to the obs_publisher_did FIELD when it has none.</summary>
    public const string PublisherDidFieldId = "obs_publisher_did";

    private const string PublisherDidName = "obs_publisher_did";
    private const string PublisherDidUtype = "obscore:Curation.PublisherDID";

    /// <summary>The column holding ObsCore's obs_publisher_did (by name, or by utype when aliased), or -1.</summary>
    public static int IndexOfPublisherDid(IReadOnlyList<ResultColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, PublisherDidName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(columns[i].Utype, PublisherDidUtype, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a result with these columns carries DataLink descriptors.</summary>
    public static bool AreNeededFor(IReadOnlyList<ResultColumn> columns) => IndexOfPublisherDid(columns) >= 0;

    /// <summary>
    /// When the result has obs_publisher_did: the same metadata with that FIELD given an ID and the
    /// two descriptors referring to it; otherwise the metadata unchanged.
    /// </summary>
    public ResultMetadata AddTo(ResultMetadata metadata)
    {
        var index = IndexOfPublisherDid(metadata.Columns);
        if (index < 0)
        {
            return metadata;
        }

        var columns = metadata.Columns.ToArray();
        var fieldId = columns[index].Id ?? PublisherDidFieldId;
        columns[index] = columns[index] with { Id = fieldId };
        return metadata with
        {
            Columns = columns,
            ServiceDescriptors = [.. metadata.ServiceDescriptors, Links(fieldId), Cutout(fieldId)],
        };
    }

    /// <summary>The links URL of one dataset, as ObsCore's access_url (written by the loader) and #progenitor rows give it.</summary>
    public string LinksUrl(string id) => DataLinkAccess.Url(options.Value.PublicUrl(string.Empty).AbsoluteUri, id);

    /// <param name="idFieldRef">The ID of the FIELD that supplies the ID parameter, if any.</param>
    public DataLinkServiceDescriptor Links(string? idFieldRef) => new(
        LinksDescriptorId,
        LinksStandardId,
        options.Value.PublicUrl("datalink/links"),
        [IdParameter(idFieldRef)])
    {
        Description = "Links to the image, its preview, cutouts and provenance for a dataset.",
    };

    /// <summary>The SODA sync descriptor with SODA's parameters, free or (for one image, in a links response) with their VALUES.</summary>
    /// <param name="idFieldRef">The ID of the FIELD that supplies the ID parameter, if any.</param>
    /// <param name="parameters">The described parameters; by default SODA's, without VALUES.</param>
    public DataLinkServiceDescriptor Cutout(string? idFieldRef, IReadOnlyList<DescribedSodaParameter>? parameters = null) => new(
        CutoutDescriptorId,
        SodaSyncStandardId,
        options.Value.SodaSync,
        [.. (parameters ?? SodaDescriber.Generic).Select(parameter => SodaParameter(parameter, idFieldRef))])
    {
        Description = "Cutouts of the image (SODA synchronous): give one region, as POS, CIRCLE or POLYGON.",
    };

    private static ServiceParameter SodaParameter(DescribedSodaParameter described, string? idFieldRef)
    {
        var parameter = described.Parameter;
        return new ServiceParameter(parameter.Name, parameter.Type.Datatype, parameter.Type.ArraySize)
        {
            Unit = parameter.Unit,
            Ucd = parameter.Ucd,
            XType = parameter.Type.XType,
            Ref = parameter == SodaParameters.Id ? idFieldRef : null,
            Description = parameter.Description,
            Min = described.Min,
            Max = described.Max,
            Options = described.Options,
        };
    }

    private static ServiceParameter IdParameter(string? idFieldRef) => new("ID", VoTableDatatype.Char, "*")
    {
        Ucd = "meta.id;meta.main",
        Ref = idFieldRef,
        Description = "The publisher's dataset identifier (obs_publisher_did).",
    };
}
