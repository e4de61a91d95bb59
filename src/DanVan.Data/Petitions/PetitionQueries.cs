using DanVan.Domain.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Petitions;

/// <summary>The petition queries the pages, the API and the benchmark share.</summary>
public static class PetitionQueries
{
    /// <summary>
    /// The petitions handled by an organisation in the subtree rooted at <paramref name="rootPath"/>;
    /// every petition when the subtree is the whole tree (<see cref="OrganizationQueries.IsWholeTreeAsync"/>).
    /// </summary>
    public static IQueryable<Petition> WithinSubtree(this IQueryable<Petition> petitions, AppDbContext db, string rootPath, bool wholeTree)
    {
        if (wholeTree)
        {
            return petitions;
        }

        // An IN list of the subtree's organisations lets the database seek the petitions of each.
        var organizations = db.Organizations.IdsWithinSubtree(rootPath);
        return petitions.Where(p => organizations.Contains(p.OrganizationId));
    }

    /// <summary>Petitions still being handled: registered or accepted.</summary>
    public static IQueryable<Petition> StillOpen(this IQueryable<Petition> petitions) =>
        petitions.Where(p => p.Status == PetitionStatus.Registered || p.Status == PetitionStatus.Accepted);

    /// <summary>
    /// The rows of one page of the queue (already ordered and paged): the petition, its
    /// organisation's name, its first three senders' names and how many there are. The names come
    /// in a second query for the page's petitions only.
    /// </summary>
    public static async Task<List<PetitionQueueRow>> ToQueuePageAsync(this IQueryable<Petition> page, AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await page.Select(p => new
        {
            p.Id,
            p.TrackingCode,
            p.Kind,
            p.Field,
            p.Channel,
            p.Summary,
            p.OrganizationId,
            p.ReceivedOn,
            p.Status,
            p.DueOn,
            p.AssignedToName,
            OrganizationName = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).First(),
            SenderCount = p.Petitioners.Count,
        }).ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.Id);
        var senders = await db.Petitioners.AsNoTracking().Where(n => ids.Contains(n.PetitionId))
            .OrderBy(n => n.PetitionId).ThenBy(n => n.Id).Select(n => new { n.PetitionId, n.FullName }).ToListAsync(cancellationToken);
        var names = senders.GroupBy(n => n.PetitionId).ToDictionary(g => g.Key, g => g.Take(3).Select(n => n.FullName).ToList());
        return rows.ConvertAll(r => new PetitionQueueRow(
            r.Id, r.TrackingCode, r.Kind, r.Field, r.Channel, r.Summary, r.OrganizationId, r.ReceivedOn, r.Status, r.DueOn, r.AssignedToName,
            r.OrganizationName, names.GetValueOrDefault(r.Id) ?? [], r.SenderCount));
    }

    /// <summary>
    /// The rows of a whole ordered queue (an export) as they stream from one query: the first three
    /// senders' names come in the same statement, each by a seek on the senders' petition index for
    /// that row only, so nothing is read by an IN list of ids and no sender outside the list is read.
    /// A page keeps <see cref="ToQueuePageAsync"/>: for 50 rows its second query is cheaper than
    /// three subqueries a row (petition-queue-province p95 7.9 ms against 11.9 ms, measured together).
    /// </summary>
    public static IAsyncEnumerable<PetitionQueueRow> StreamQueueRows(this IQueryable<Petition> ordered, AppDbContext db) =>
        ordered.Select(p => new
        {
            p.Id,
            p.TrackingCode,
            p.Kind,
            p.Field,
            p.Channel,
            p.Summary,
            p.OrganizationId,
            p.ReceivedOn,
            p.Status,
            p.DueOn,
            p.AssignedToName,
            OrganizationName = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).First(),
            First = p.Petitioners.OrderBy(n => n.Id).Select(n => n.FullName).FirstOrDefault(),
            Second = p.Petitioners.OrderBy(n => n.Id).Select(n => n.FullName).Skip(1).FirstOrDefault(),
            Third = p.Petitioners.OrderBy(n => n.Id).Select(n => n.FullName).Skip(2).FirstOrDefault(),
            SenderCount = p.Petitioners.Count,
        }).AsAsyncEnumerable().Select(r => new PetitionQueueRow(
            r.Id, r.TrackingCode, r.Kind, r.Field, r.Channel, r.Summary, r.OrganizationId, r.ReceivedOn, r.Status, r.DueOn, r.AssignedToName,
            r.OrganizationName, [.. new[] { r.First, r.Second, r.Third }.OfType<string>()], r.SenderCount));

    /// <summary>The queue's order: the nearest legal deadline first, those without one last, the newest first among equals.</summary>
    public static IOrderedQueryable<Petition> ByDeadline(this IQueryable<Petition> petitions) =>
        petitions.OrderBy(p => p.DueOn == null).ThenBy(p => p.DueOn).ThenByDescending(p => p.Id);
}

/// <summary>One row of the petition queue as read from the database.</summary>
public sealed record PetitionQueueRow(
    long Id,
    string TrackingCode,
    PetitionKind Kind,
    PetitionField Field,
    PetitionChannel Channel,
    string Summary,
    int OrganizationId,
    DateOnly ReceivedOn,
    PetitionStatus Status,
    DateOnly? DueOn,
    string? AssignedToName,
    string OrganizationName,
    List<string> Names,
    int SenderCount);
