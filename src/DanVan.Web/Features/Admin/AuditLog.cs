using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Admin;

/// <summary>
/// Reads the audit trail: central administrators see all, others their managed subtrees. The
/// trail only grows (millions of entries nationally), so a list is read newest first along an
/// index that each filter starts with (time; organisation, data type or account, then time), and
/// counted only up to <see cref="CountLimit"/>.
/// </summary>
public sealed class AuditLog(AppDbContext db, OrganizationScope scope)
{
    /// <summary>The most entries a list counts; past it the page says "more than" and asks for a narrower filter.</summary>
    public const int CountLimit = 10_000;

    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalize(filter.Page, filter.PageSize ?? 50);
        var entries = await MatchingAsync(filter, cancellationToken);
        // Counted in the list's order, so that the database stops at the limit along the same index.
        var counted = await Newest(entries).Take(CountLimit + 1).CountAsync(cancellationToken);
        var items = await Rows(entries).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new AuditPage(items, Math.Min(counted, CountLimit), counted > CountLimit, page, size);
    }

    /// <summary>Every entry the filters select, newest first, read as the rows are written.</summary>
    public async Task<IAsyncEnumerable<AuditRow>> StreamAsync(AuditFilter filter, CancellationToken cancellationToken) =>
        Rows(await MatchingAsync(filter, cancellationToken)).AsAsyncEnumerable();

    public static IReadOnlyList<string> EntityTypes { get; } = ["Organization", "OrganizationType", "RoleAssignment", "AppUser", "ReceptionSession", "Dialogue"];

    // Who may read what is settled before the list, so that a streamed list runs no other query.
    private async Task<IQueryable<AuditEntry>> MatchingAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();
        if (!await scope.IsCentralAdministratorAsync(cancellationToken))
        {
            var managed = await scope.ManagedPathsAsync(cancellationToken);
            var organizationIds = db.Organizations.WithinAnySubtree(managed).Select(o => o.Id);
            entries = entries.Where(a => a.OrganizationId != null && organizationIds.Contains(a.OrganizationId.Value));
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            // An account's exact name is read from its index; other text matches any name holding it.
            var user = filter.User.Trim();
            entries = await db.AuditEntries.AnyAsync(a => a.UserName == user, cancellationToken)
                ? entries.Where(a => a.UserName == user)
                : entries.Where(a => a.UserName.Contains(user));
        }

        if (filter.OrganizationId is { } organizationId)
        {
            entries = entries.Where(a => a.OrganizationId == organizationId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            entries = entries.Where(a => a.EntityType == entity);
        }

        if (filter.From is { } from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), DateInput.VietnamTime);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), DateInput.VietnamTime);
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    private static IOrderedQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);

    private static IQueryable<AuditRow> Rows(IQueryable<AuditEntry> entries) =>
        Newest(entries)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.OrganizationId, a.EntityType, a.EntityId, a.Action, a.Before, a.After));
}

public sealed record AuditFilter(string? User, int? OrganizationId, string? Entity, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

/// <summary>One page of the audit trail; <paramref name="TotalCapped"/> when more than <paramref name="Total"/> (<see cref="AuditLog.CountLimit"/>) entries match.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, bool TotalCapped, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public static implicit operator PagedListInfo(AuditPage page) => new(page.Page, page.PageCount, page.Total);
}

public sealed record AuditRow(long Id, DateTime At, string UserName, int? OrganizationId, string EntityType, string EntityId, string Action, string? Before, string? After);
