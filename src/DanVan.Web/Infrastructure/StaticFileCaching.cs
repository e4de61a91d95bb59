using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace DanVan.Web.Infrastructure;

/// <summary>
/// How long a browser keeps a static file. The layout links every script and stylesheet with its
/// content hash (<c>asp-append-version</c>, <c>?v=…</c>) and Bootstrap Icons links its fonts with
/// theirs, so a URL with a version never changes content and is kept for a year without asking
/// again; any other file is checked against its ETag on each use.
/// </summary>
public static class StaticFileCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        var versioned = request.Query.ContainsKey("v")
            || (request.QueryString.HasValue && request.Path.StartsWithSegments("/lib/bootstrap-icons/fonts"));
        context.Context.Response.Headers[HeaderNames.CacheControl] = versioned ? Immutable : Revalidate;
    }
}
