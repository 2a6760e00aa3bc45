using Dali;
using Soda.Service.Faults;

namespace Soda.Service.Tests;

/// <summary>Every fault of the DALI family gets SODA's label, so the host writes "Label: message" bodies from one function.</summary>
public class ErrorLabelTests
{
    public static TheoryData<Exception, string> Faults => new()
    {
        { new DaliParameterException("POS", "bad"), "UsageError" },
        { new DaliUsageException("bad request"), "UsageError" },
        { new MultiValuedParamNotSupportedException("ID", 2, "one only"), "MultiValuedParamNotSupported" },
        { new DaliNotFoundException("ID: ivo://x?1 is not a dataset of this service"), "Error" },
        { new DaliUnavailableException("busy", TimeSpan.FromSeconds(10)), "ServiceUnavailable" },
        { new DaliFatalException("internal"), "Error" },
        { new StatusFault(401), "AuthenticationError" },
        { new StatusFault(403), "AuthorizationError" },
        { new StatusFault(413), "UsageError" },
        { new InvalidOperationException("a bug"), "Error" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_fault_has_its_label(Exception fault, string label) => Assert.Equal(label, SodaErrorLabel.For(fault));

    [Fact]
    public void The_body_is_the_label_then_the_message() =>
        Assert.Equal("UsageError: POS: the radius 0 is outside (0, 180] degrees",
            SodaErrorLabel.Body(new DaliParameterException("POS", "the radius 0 is outside (0, 180] degrees")));

    [Fact]
    public void A_cut_that_misses_its_dataset_is_a_labelled_async_result() =>
        Assert.Equal("UsageError: ID=ivo://x?1; POS=CIRCLE 12 34 0.5: the cut holds no data of the dataset",
            SodaErrorLabel.NoOverlap(Assert.Single(RequestBuilder.Async(("ID", "ivo://x?1"), ("POS", "CIRCLE 12 34 0.5")).Cuts())));

    /// <summary>A fault of a status Dali does not have yet (authentication, authorisation, a size limit): labelled by its status.</summary>
    private sealed class StatusFault(int status) : DaliException($"status {status}", null)
    {
        public override int StatusCode => status;
    }
}
