namespace ObsCore.Model;

/// <summary>The ObsCore access_url of our own products: the service's DataLink links endpoint for the product's DID.</summary>
public static class DataLinkAccess
{
    /// <summary>Where run.sh serves by default; a deployment gives its own public base URL.</summary>
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:8080";

    public static string Url(string publicBaseUrl, string did) =>
        $"{publicBaseUrl.TrimEnd('/')}/datalink/links?ID={Uri.EscapeDataString(did)}";
}
