using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.VoTable.Results;

public class PgSpherePolygonTextTests
{
    [Fact]
    public void Vertices_are_read_in_degrees_in_their_order()
    {
        // pg_sphere's output of spoly '{(10d,20d),(11d,20d),(11d,21d)}'.
        var degrees = PgSpherePolygonText.VerticesInDegrees(
            "{(0.174532925199433 , 0.349065850398866),(0.191986217719376 , 0.349065850398866),(0.191986217719376 , 0.366519142918809)}");

        Assert.Equal([10, 20, 11, 20, 11, 21], degrees, (expected, actual) => Math.Abs(expected - actual) < 1e-12);
    }

    [Fact]
    public void Exponents_and_negative_latitudes_are_read()
    {
        var degrees = PgSpherePolygonText.VerticesInDegrees(
            "{(1.74532925199433e-07 , -1.57079615226197),(0.0174532925199433 , -1.55334303427495),(6.28318356185033 , -1.56206968053493)}");

        Assert.Equal([0.00001, -89.99999, 1, -89, 359.9999, -89.5], degrees, (expected, actual) => Math.Abs(expected - actual) < 1e-9);
    }

    [Fact]
    public void Degrees_are_what_PostgreSQL_degrees_gives_to_the_last_bit()
    {
        // SELECT degrees(2.01486111116336) in PostgreSQL 15: 115.44303797469993
        Assert.Equal(115.44303797469993, PgSpherePolygonText.VerticesInDegrees("{(2.01486111116336 , 0),(1 , 0),(1 , 1)}")[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{(1 , 2)")]
    [InlineData("{(1 2),(3 , 4),(5 , 6)}")]
    [InlineData("{(1 , 2)(3 , 4),(5 , 6)}")]
    [InlineData("{(1 , 2),(3 , 4),(5 , 6)},")]
    [InlineData("{(10d , 20d),(11d , 20d),(11d , 21d)}")] // pg_sphere's DEG output mode, which the service never sets
    public void Anything_else_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => PgSpherePolygonText.VerticesInDegrees(text));
    }
}
