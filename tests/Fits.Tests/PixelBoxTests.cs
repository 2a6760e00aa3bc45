using Fits;

namespace Fits.Tests;

public class PixelBoxTests
{
    [Fact]
    public void A_box_clipped_to_an_image_keeps_only_the_pixels_inside()
    {
        var clipped = new PixelBox(-10, 20, 3990, 4010).Intersect(PixelBox.Whole(4072, 4000));
        Assert.Equal(new PixelBox(1, 20, 3990, 4000), clipped);
        Assert.Equal(20 * 11, clipped!.Value.PixelCount);
        Assert.Equal("1:20,3990:4000", clipped.Value.ToString());
    }

    [Fact]
    public void Boxes_that_do_not_meet_have_no_intersection()
    {
        Assert.Null(new PixelBox(5000, 5050, 1, 51).Intersect(PixelBox.Whole(4072, 4000)));
    }
}
