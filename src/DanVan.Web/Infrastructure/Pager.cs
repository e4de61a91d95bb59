using Microsoft.AspNetCore.WebUtilities;

namespace DanVan.Web.Infrastructure;

/// <summary>Links to the pages of a list, keeping every filter of the current query.</summary>
public sealed class Pager(int page, int pageCount, int total, IQueryCollection query)
{
    public Pager(PagedListInfo info, IQueryCollection query)
        : this(info.Page, info.PageCount, info.Total, query)
    {
    }

    public int Page { get; } = page;

    public int PageCount { get; } = pageCount;

    public int Total { get; } = total;

    /// <summary>The same query with a page handler, e.g. the Excel export of exactly what is shown.</summary>
    public static string WithHandler(IQueryCollection query, string handler) =>
        QueryHelpers.AddQueryString(string.Empty, query
            .Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("handler", handler)));

    public string Link(int page)
    {
        var values = query.Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(string.Empty, values);
    }
}

/// <summary>The paging figures of any <see cref="PagedList{T}"/>.</summary>
public readonly record struct PagedListInfo(int Page, int PageCount, int Total);
