using DanVan.Data;
using DanVan.Data.Reception;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>
/// An organisation's subtree of reception records — sessions or dialogues — newest first, by month
/// and words, and one record; a record outside the person's subtrees is refused.
/// </summary>
/// <typeparam name="TRecord">The stored record.</typeparam>
/// <typeparam name="TDto">The record as it is shown.</typeparam>
public abstract class ReceptionRecordDirectory<TRecord, TDto>(AppDbContext db, SubtreeAccess access)
    where TRecord : class, IReceptionRecord
{
    public async Task<(PagedList<TDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var records = Matching(root.Path, filter);
        var total = await records.CountAsync(cancellationToken);
        var rows = await InListOrder(Project(records))
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return (new PagedList<TDto>([.. rows.Select(r => Dto(r.Record, r.OrganizationName))], total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every record the list's filters select, newest first, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<TDto>? Records, CommandStatus Status)> StreamAsync(ReceptionFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        return root is null
            ? (null, status)
            : (InListOrder(Project(Matching(root.Path, filter))).AsAsyncEnumerable().Select(r => Dto(r.Record, r.OrganizationName)), CommandStatus.Ok);
    }

    public async Task<(TDto? Record, CommandStatus Status)> GetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await Project(Records(db).AsNoTracking().Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (default, CommandStatus.NotFound);
        }

        return await access.CanReadAsync(row.Path, cancellationToken) ? (Dto(row.Record, row.OrganizationName), CommandStatus.Ok) : (default, CommandStatus.Forbidden);
    }

    /// <summary>The table of records.</summary>
    protected abstract IQueryable<TRecord> Records(AppDbContext context);

    /// <summary>The list's filters of this kind of record, beyond month and words.</summary>
    protected virtual IQueryable<TRecord> Filter(IQueryable<TRecord> records, ReceptionFilter filter) => records;

    protected abstract TDto Dto(TRecord record, string organizationName);

    private IQueryable<TRecord> Matching(string rootPath, ReceptionFilter filter)
    {
        var subtree = db.Organizations.IdsWithinSubtree(rootPath);
        var records = Filter(Records(db).AsNoTracking().Where(r => subtree.Contains(r.OrganizationId)), filter);
        if (filter.Month is { } month)
        {
            var end = month.AddMonths(1);
            records = records.Where(r => r.HeldOn >= month && r.HeldOn < end);
        }

        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            records = records.Where(r => r.SearchFolded.Contains(term));
        }

        return records;
    }

    private static IQueryable<Row> InListOrder(IQueryable<Row> rows) => rows.OrderByDescending(r => r.Record.HeldOn).ThenByDescending(r => r.Record.Id);

    private IQueryable<Row> Project(IQueryable<TRecord> records) =>
        records.Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new Row { Record = r, OrganizationName = o.Name, Path = o.Path });

    private sealed class Row
    {
        public required TRecord Record { get; init; }

        public required string OrganizationName { get; init; }

        public required string Path { get; init; }
    }
}
