namespace DanVan.Web.Infrastructure;

/// <summary>One page of a list, with the total the filters match.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public static implicit operator PagedListInfo(PagedList<T> list) => new(list.Page, list.PageCount, list.Total);
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page 1 or later and a page size within bounds; exports pass a larger <paramref name="max"/>.</summary>
    public static (int Page, int PageSize) Normalize(int? page, int? pageSize, int max = MaxPageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, max));
}
