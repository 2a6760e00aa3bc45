using System.Collections.Frozen;
using Sia.Service;

namespace Tap.Service.ApiReference;

/// <summary>
/// Every operation the service publishes, by HTTP method and route (as the OpenAPI generator names
/// it, e.g. "tap/async/{jobId}/phase"): what <see cref="ProtocolOperationTransformer"/> adds to the
/// generated document. The parameters come from the protocols' own lists wherever they keep them as data.
/// </summary>
internal sealed class ApiCatalogue(SiaQueryBuilder sia)
{
    /// <summary>The groups of operations, in the order the reference shows them.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        (TapOperations.Tag, "Table Access Protocol 1.1: ADQL queries over ivoa.obscore, the CAOM2 tables and TAP_SCHEMA, synchronous or as UWS jobs, and the service's self-description."),
        (SiaOperations.Tag, "Simple Image Access 2.0: images by position, band, time and the LSST visit, raft and detector."),
        (ImageOperations.DataLinkTag, "DataLink 1.1: the links of a dataset (file, preview, provenance, cutouts)."),
        (ImageOperations.SodaTag, "Server-side Operations for Data Access 1.0: cutouts, synchronous or as UWS jobs."),
        (ImageOperations.FilesTag, "The image files and their PNG previews."),
    ];

    private readonly FrozenDictionary<(string Method, string Path), ApiOperation> _operations = Build(sia);

    /// <summary>The description of the operation at <paramref name="path"/> (no leading slash), or null if there is none.</summary>
    public ApiOperation? Find(string method, string path) => _operations.GetValueOrDefault((method.ToUpperInvariant(), path));

    private static FrozenDictionary<(string Method, string Path), ApiOperation> Build(SiaQueryBuilder sia)
    {
        IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> operations =
        [
            .. TapOperations.Sync(),
            .. UwsOperations.For("tap/async", TapOperations.Tag, TapOperations.QueryParameters),
            .. VosiOperations.For("tap", TapOperations.Tag),
            .. VosiOperations.TapOnly(),
            .. SiaOperations.For(sia),
            .. VosiOperations.For("sia", SiaOperations.Tag),
            .. ImageOperations.DataLinks(),
            .. VosiOperations.For("datalink", ImageOperations.DataLinkTag),
            .. ImageOperations.Soda(),
            .. VosiOperations.For("soda", ImageOperations.SodaTag),
            .. ImageOperations.Files(),
        ];
        return operations.ToFrozenDictionary();
    }
}
