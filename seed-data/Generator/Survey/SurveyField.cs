using ObsCore.Model.Geometry;

namespace SeedData.Generator.Survey;

/// <summary>A pointing of the survey's fixed tiling of the southern sky.</summary>
public sealed record SurveyField(int Id, SkyPoint Centre)
{
    /// <summary>Rows of fields 3° apart from dec −75° to +3°: overlapping 3.5° fields cover the band without holes.</summary>
    public static readonly IReadOnlyList<SurveyField> Tiling = BuildTiling();

    private static SurveyField[] BuildTiling()
    {
        const double spacing = 3.0;
        var fields = new List<SurveyField>();
        for (var dec = -75.0; dec <= 3.0; dec += spacing)
        {
            var count = (int)Math.Ceiling(360 * Math.Cos(double.DegreesToRadians(dec)) / spacing);
            for (var i = 0; i < count; i++)
            {
                fields.Add(new SurveyField(fields.Count, new SkyPoint(360.0 * i / count, dec)));
            }
        }

        return [.. fields];
    }
}
