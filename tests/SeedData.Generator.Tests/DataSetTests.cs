using ObsCore.Model;
using ObsCore.Model.Csv;
using SeedData.Generator.Products;
using SeedData.Generator.Survey;
using SeedData.Generator.Tables;

namespace SeedData.Generator.Tests;

public class DataSetTests
{
    private static readonly SeedDataSet Sample = SeedDataSet.Generate(SurveyParameters.Sample);

    [Fact]
    public void The_same_parameters_give_the_same_rows_and_another_seed_other_rows()
    {
        var parameters = SurveyParameters.Sample with { Visits = 3 };

        var first = CsvOf(SeedDataSet.Generate(parameters));
        var again = CsvOf(SeedDataSet.Generate(parameters));
        var otherSeed = CsvOf(SeedDataSet.Generate(parameters with { Seed = parameters.Seed + 1 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first[0], otherSeed[0]);
    }

    [Fact]
    public void Coadd_inputs_are_calexps_of_the_same_band_that_overlap_the_patch()
    {
        Assert.NotEmpty(Sample.Coadds);
        Assert.All(Sample.Coadds, coadd =>
        {
            Assert.NotEmpty(coadd.Inputs);
            Assert.All(coadd.Inputs, input =>
            {
                Assert.Equal(coadd.Band, input.Visit.Band);
                Assert.True(SphericalChecks.Overlap(coadd.Footprint, input.Footprint), $"{input.ObsId} does not overlap {coadd.ObsId}");
            });
        });
    }

    [Fact]
    public void Every_calexp_that_overlaps_a_patch_is_an_input_of_its_coadd()
    {
        var inputs = Sample.Coadds.ToDictionary(c => c, c => c.Inputs.ToHashSet());
        foreach (var ccd in Sample.CcdImages.Where((_, i) => i % 7 == 0))
        {
            var nearby = Sample.Coadds.Where(c => c.Band == ccd.Visit.Band && c.Footprint.Centre.SeparationDegrees(ccd.Footprint.Centre) < 0.5);
            foreach (var coadd in nearby.Where(c => SphericalChecks.Overlap(c.Footprint, ccd.Footprint)))
            {
                Assert.Contains(ccd, inputs[coadd]);
            }
        }
    }

    [Fact]
    public void Provenance_rows_point_at_calexp_planes()
    {
        var calexpDids = Caom2Rows.Planes(Sample).Select(r => (string)r[0]!).Where(did => did.Contains("?calexp/", StringComparison.Ordinal)).ToHashSet();
        var provenance = Caom2Rows.ProvenanceInputs(Sample).ToList();

        Assert.Equal(Sample.Coadds.Sum(c => c.Inputs.Count), provenance.Count);
        Assert.All(provenance, row => Assert.Contains((string)row[1]!, calexpDids));
    }

    [Fact]
    public void Recent_visits_are_embargoed_and_older_ones_public()
    {
        var rows = ObsCoreRows.Of(Sample).Select(r => Row(ObsCoreTable.Definition, r)).ToList();
        var now = SurveyParameters.Sample.Now;

        Assert.All(rows, row =>
        {
            var release = (DateTime)row["obs_release_date"]!;
            Assert.Equal(release > now ? "proprietary" : "public", row["data_rights"]);
        });
        var lastVisit = Sample.Visits[^1];
        var firstVisit = Sample.Visits[0];
        Assert.Equal(lastVisit.End + TimeSpan.FromHours(6), Sample.ReleaseDate(lastVisit));
        Assert.True(Sample.IsEmbargoed(Sample.ReleaseDate(lastVisit)));
        Assert.False(Sample.IsEmbargoed(Sample.ReleaseDate(firstVisit)));
    }

    [Fact]
    public void Visits_follow_the_survey_pattern()
    {
        var visits = Sample.Visits;

        Assert.Equal(20, visits.Count);
        Assert.All(visits, v => Assert.InRange(v.Boresight.Dec, -75.5, 3.5));
        Assert.Equal(visits.Count, visits.Select(v => v.Id).Distinct().Count());
        Assert.True(visits.Zip(visits.Skip(1)).All(p => p.Second.Start >= p.First.End), "visits overlap in time");
        Assert.True(visits.GroupBy(v => v.FieldId).Any(g => g.Count() > 1), "no field is visited twice");
        Assert.Equal(2, visits.Select(v => Time.DayObs(v.Start)).Distinct().Count());
        Assert.All(visits, v => Assert.Equal(Time.DayObs(v.Start), v.Id / 100000));
        Assert.True(visits.Select(v => v.RotationDegrees).Distinct().Count() == visits.Count);
    }

    [Fact]
    public void Obscore_rows_fill_the_columns_as_described()
    {
        var rows = ObsCoreRows.Of(Sample).Select(r => Row(ObsCoreTable.Definition, r)).ToList();
        var raw = rows.First(r => (string?)r["dataproduct_subtype"] == "lsst.raw");
        var coadd = rows.First(r => (string?)r["dataproduct_subtype"] == "lsst.deepCoadd");

        Assert.Equal(Sample.CcdImages.Count * 3 + Sample.Coadds.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r["obs_publisher_did"]).Distinct().Count());
        Assert.Equal(1, raw["calib_level"]);
        Assert.Equal(raw["lsst_visit"], raw["lsst_exposure"]);
        Assert.Equal(30.0, ((double)raw["t_max"]! - (double)raw["t_min"]!) * 86400, 6);
        Assert.Equal("Rubin:Simonyi", raw["facility_name"]);
        Assert.Equal("application/x-votable+xml;content=datalink", raw["access_format"]);
        var did = (string)raw["obs_publisher_did"]!;
        Assert.Matches(@"^ivo://[^/]+/images\?raw/\d{13}/\d+$", did);
        Assert.Equal("http://127.0.0.1:8080/datalink/links?ID=" + Uri.EscapeDataString(did), raw["access_url"]);
        Assert.Equal(3, coadd["calib_level"]);
        Assert.NotNull(coadd["lsst_tract"]);
        Assert.Null(coadd["lsst_visit"]);
        Assert.Contains(rows, r => (string?)r["dataproduct_subtype"] == "lsst.calexp" && (int?)r["calib_level"] == 2);
        Assert.Contains(rows, r => (string?)r["dataproduct_subtype"] == "lsst.goodSeeingDiff_differenceExp" && (int?)r["calib_level"] == 3);
    }

    [Fact]
    public void A_visit_s_seeing_follows_from_its_identifier_within_0_6_to_1_2_arcsec()
    {
        Assert.All(Sample.Visits, v =>
        {
            Assert.Equal(Visit.Seeing(v.Id, v.Band), v.SeeingArcsec);
            Assert.InRange(v.SeeingArcsec, 0.6, 1.2);
        });
        Assert.True(Sample.Visits.Select(v => v.SeeingArcsec).Distinct().Count() > 15);
    }

    [Fact]
    public void Bands_carry_their_wavelength_ranges_in_metres()
    {
        Assert.Equal(["u", "g", "r", "i", "z", "y"], Band.All.Select(b => b.Name));
        Assert.All(Band.All, b => Assert.InRange(b.EmMin, 300e-9, 1100e-9));
        Assert.All(Band.All.Zip(Band.All.Skip(1)), pair => Assert.True(pair.First.EmMax <= pair.Second.EmMin));
    }

    [Fact]
    public void Every_value_has_the_type_of_its_column()
    {
        foreach (var table in GeneratedTable.All)
        {
            foreach (var row in table.Rows(Sample).Take(2000))
            {
                Assert.Equal(table.Table.Columns.Count, row.Length);
                for (var i = 0; i < row.Length; i++)
                {
                    var column = table.Table.Columns[i];
                    if (row[i] is null)
                    {
                        Assert.True(column.Nullable, $"{table.Table.QualifiedName}.{column.Name} is NULL");
                    }
                    else
                    {
                        Assert.Equal(ColumnText.ClrType(column.Type), row[i]!.GetType());
                    }
                }
            }
        }
    }

    private static Dictionary<string, object?> Row(TableDefinition table, object?[] values) =>
        table.Columns.Select((c, i) => (c.Name, Value: values[i])).ToDictionary(p => p.Name, p => p.Value);

    private static List<string> CsvOf(SeedDataSet data) =>
        [.. GeneratedTable.All.Select(table =>
        {
            using var text = new StringWriter();
            CsvTables.Write(table.Table, table.Rows(data), text);
            return text.ToString();
        })];
}
