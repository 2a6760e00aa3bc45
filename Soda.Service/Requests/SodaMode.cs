namespace Soda.Service.Requests;

/// <summary>Which resource a request came to: it decides which parameters may repeat.</summary>
public enum SodaMode
{
    /// <summary>One cutout in the response: one ID, at most one region, BAND and TIME.</summary>
    Sync,

    /// <summary>A UWS job: one result per combination of ID, region, BAND and TIME.</summary>
    Async,
}
