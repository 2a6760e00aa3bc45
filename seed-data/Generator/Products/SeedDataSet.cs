using SeedData.Generator.Camera;
using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;
using SeedData.Generator.SkyMap;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Products;

/// <summary>
/// The generated survey: its visits, every CCD image of every visit (each with a raw, a calibrated and
/// a difference image) and the deep coadd patches built from the calibrated images.
/// </summary>
public sealed class SeedDataSet
{
    private SeedDataSet(SurveyParameters parameters, IReadOnlyList<Visit> visits, IReadOnlyList<CcdImage> ccds, IReadOnlyList<CoaddPatch> coadds)
    {
        Parameters = parameters;
        Visits = visits;
        CcdImages = ccds;
        Coadds = coadds;
        Ids = new Identifiers(parameters);
    }

    public SurveyParameters Parameters { get; }

    public IReadOnlyList<Visit> Visits { get; }

    /// <summary>In visit order, then detector order.</summary>
    public IReadOnlyList<CcdImage> CcdImages { get; }

    /// <summary>Ordered by tract, patch and band.</summary>
    public IReadOnlyList<CoaddPatch> Coadds { get; }

    public Identifiers Ids { get; }

    public static SeedDataSet Generate(SurveyParameters parameters)
    {
        var visits = SurveyScheduler.Schedule(parameters);
        var ccds = new List<CcdImage>(visits.Count * LsstCam.Detectors.Count);
        foreach (var visit in visits)
        {
            var boresight = new TangentPlane(visit.Boresight);
            ccds.AddRange(LsstCam.Detectors.Select(detector => CcdImage.Observe(visit, detector, boresight)));
        }

        return new SeedDataSet(parameters, visits, ccds, Coadd(ccds));
    }

    /// <summary>Release date: end of the exposure plus the embargo; a coadd is released with its newest input.</summary>
    public DateTime ReleaseDate(Visit visit) => visit.End + Parameters.Embargo;

    public DateTime ReleaseDate(CoaddPatch coadd) => coadd.Inputs.Max(input => ReleaseDate(input.Visit));

    public bool IsEmbargoed(DateTime releaseDate) => releaseDate > Parameters.Now;

    private static CoaddPatch[] Coadd(IEnumerable<CcdImage> ccds)
    {
        var skyMap = new RingsSkyMap();
        var bandOrder = Band.All.Select((band, i) => (band, i)).ToDictionary(p => p.band, p => p.i);
        var inputs = new SortedDictionary<(int Tract, int Patch, int Band), (Tract Tract, List<CcdImage> Ccds)>();
        foreach (var ccd in ccds)
        {
            var band = bandOrder[ccd.Visit.Band];
            foreach (var tract in skyMap.TractsNear(ccd.Footprint.Centre))
            {
                foreach (var patch in tract.OverlappingPatches(ccd.Footprint))
                {
                    var key = (tract.Id, patch, band);
                    if (!inputs.TryGetValue(key, out var entry))
                    {
                        inputs[key] = entry = (tract, []);
                    }

                    entry.Ccds.Add(ccd);
                }
            }
        }

        return [.. inputs.Select(pair => new CoaddPatch(
            pair.Key.Tract, pair.Key.Patch, Band.All[pair.Key.Band], pair.Value.Tract.PatchFootprint(pair.Key.Patch), pair.Value.Ccds))];
    }
}
