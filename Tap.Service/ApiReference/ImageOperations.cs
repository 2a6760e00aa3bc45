using Soda.Service.Parameters;
using Tap.Service.DataLink;
using Tap.Service.Soda;

namespace Tap.Service.ApiReference;

/// <summary>What leads from a found image to its pixels: DataLink's links, SODA's cutouts (its parameters from Soda.Service), the files and their previews.</summary>
internal static class ImageOperations
{
    public const string DataLinkTag = "DataLink";
    public const string SodaTag = "SODA";
    public const string FilesTag = "Files and previews";

    private const string SodaErrorType = "text/plain";

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> DataLinks()
    {
        var links = new ApiOperation(
            DataLinkTag,
            "List the links of datasets",
            "DataLink 1.1 links: for each ID, the image file (#this), its preview, its provenance and a SODA cutout service descriptor. An ID that is unknown (or embargoed for the caller) gets a row with a NotFoundFault.",
            [
                new ApiParameter("ID", "Publisher dataset identifier (obs_publisher_did); repeat for several.", ApiValue.Text) { Required = true, Repeatable = true }
                    .WithExample("calexp", SampleExamples.CalexpId).WithExample("raw-and-calexp", SampleExamples.RawId).WithExample("as-votable", SampleExamples.CalexpId),
                new ApiParameter(DaliParameters.ResponseFormat, "Output format; DataLink's VOTable is the only one.", ApiValue.OneOf(DataLinkEndpoints.AcceptedFormats))
                    .WithExample("as-votable", "votable"),
                TapOperations.MaxRec("Largest number of link rows to return."),
            ],
            [new ApiResponse(200, "The links (a DataLink VOTable).", LinksBuilder.DataLinkContentType), ApiResponses.UsageError, ApiResponses.Unavailable]);
        yield return KeyValuePair.Create((HttpMethods.Get, "datalink/links"), links);
        yield return KeyValuePair.Create((HttpMethods.Post, "datalink/links"), links);
    }

    /// <summary>SODA's parameters, each repeatable in an async job; the examples cut a small circle from a released CCD.</summary>
    public static IReadOnlyList<ApiParameter> SodaParameterList { get; } =
    [
        .. SodaParameters.All.Select(parameter => new ApiParameter(
            parameter.Name,
            parameter.Description + (parameter.Unit is null ? "" : $" Unit: {parameter.Unit}."),
            parameter == SodaParameters.Pol ? ApiValue.OneOf(ObsCore.Model.PolarisationStates.All) : SiaOperations.ValueOf(parameter.Type))
        {
            Required = parameter == SodaParameters.Id,
            Repeatable = true,
        }),
    ];

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> Soda()
    {
        var circle = SampleExamples.CircleOnTheCcd;
        var examples = new (string Example, SodaParameter Parameter, string Value)[]
        {
            ("circle", SodaParameters.Id, SampleExamples.RawId),
            ("circle", SodaParameters.Circle, circle),
            ("pos", SodaParameters.Id, SampleExamples.RawId),
            ("pos", SodaParameters.Pos, "CIRCLE " + circle),
        }.ToLookup(example => example.Parameter.Name, example => KeyValuePair.Create(example.Example, example.Value));

        // A sync cutout takes one value of each, POL excepted (SODA 1.0 §3.3.6).
        IReadOnlyList<ApiParameter> syncParameters =
        [
            .. SodaParameterList.Select(parameter =>
                (parameter.Name == SodaParameters.Pol.Name ? parameter : parameter with { Repeatable = false }).WithExamples(examples[parameter.Name])),
        ];
        var sync = new ApiOperation(
            SodaTag,
            "Cut out a region of an image",
            "SODA 1.0 synchronous cutout: one ID and at most one region (POS, CIRCLE or POLYGON), BAND and TIME; the pixels of every image extension that the region covers, as FITS. Errors are plain text after one of SODA's labels (UsageError, MultiValuedParamNotSupported, NotFoundFault, ...).",
            syncParameters,
            [
                new ApiResponse(200, "The cutout, a FITS file with the image's headers and a WCS for the cut.", SodaEndpoints.FitsContentType),
                new ApiResponse(204, "The region, band, time or polarisation misses the image: no data."),
                new ApiResponse(400, "A missing or bad parameter.", SodaErrorType),
                new ApiResponse(404, "No image with this ID (or not visible to the caller).", SodaErrorType),
                new ApiResponse(503, "Too many cutouts at once; Retry-After says when to try again.", SodaErrorType),
            ]);
        yield return KeyValuePair.Create((HttpMethods.Get, "soda/sync"), sync);
        yield return KeyValuePair.Create((HttpMethods.Post, "soda/sync"), sync);
        foreach (var job in UwsOperations.For("soda/async", SodaTag, SodaParameterList))
        {
            yield return job;
        }
    }

    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> Files()
    {
        var notFound = ApiResponses.NotFound with { Description = "No dataset the caller may see has this path." };
        var file = new ApiOperation(
            FilesTag,
            "Download an image file",
            "The image file of a dataset by its store path (DataLink's #this link), with ETag, Last-Modified and byte ranges.",
            [new ApiParameter("path", "The store path, as in the dataset's artifact URI after butler://.", ApiValue.Text) { InPath = true, Required = true }
                .WithExample("raw", SampleExamples.RawStorePath)],
            [
                new ApiResponse(200, "The whole file.", SodaEndpoints.FitsContentType),
                new ApiResponse(206, "The byte range asked for (Range header).", SodaEndpoints.FitsContentType),
                new ApiResponse(304, "The copy the client holds (If-None-Match) is current."),
                notFound,
            ]);
        var preview = new ApiOperation(
            FilesTag,
            "Download an image's preview",
            "A PNG rendering of the image (DataLink's #preview link): its store path followed by .png.",
            [new ApiParameter("path", "The store path followed by .png.", ApiValue.Text) { InPath = true, Required = true }
                .WithExample("raw", SampleExamples.RawStorePath + ".png")],
            [new ApiResponse(200, "The preview.", "image/png"), new ApiResponse(304, "The copy the client holds (If-None-Match) is current."), notFound]);
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Head })
        {
            yield return KeyValuePair.Create((method, "files/{path}"), file);
            yield return KeyValuePair.Create((method, "previews/{path}"), preview);
        }
    }
}
