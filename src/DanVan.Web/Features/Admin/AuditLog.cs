using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Admin;

/// <summary>Reads the audit trail: central administrators see all, others their managed subtrees.</summary>
public sealed class AuditLog(AppDbContext db, OrganizationScope scope)
{
    public async Task<PagedList<AuditRow>> SearchAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalize(filter.Page, filter.PageSize ?? 50);
        var entries = await MatchingAsync(filter, cancellationToken);
        var total = await entries.CountAsync(cancellationToken);
        var items = await Rows(entries).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<AuditRow>(items, total, page, size);
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
            var user = filter.User.Trim();
            entries = entries.Where(a => a.UserName.Contains(user));
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

    private static IQueryable<AuditRow> Rows(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.OrganizationId, a.EntityType, a.EntityId, a.Action, a.Before, a.After));
}

public sealed record AuditFilter(string? User, int? OrganizationId, string? Entity, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

public sealed record AuditRow(long Id, DateTime At, string UserName, int? OrganizationId, string EntityType, string EntityId, string Action, string? Before, string? After);
