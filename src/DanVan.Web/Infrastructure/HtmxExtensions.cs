namespace DanVan.Web.Infrastructure;

internal static class HtmxExtensions
{
    /// <summary>Whether htmx sent the request, so a page answers with its partial only.</summary>
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");
}
