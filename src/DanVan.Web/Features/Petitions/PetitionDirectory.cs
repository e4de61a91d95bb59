using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// The petition queue of an organisation's subtree, one petition's file, and what the public
/// portal shows for a tracking code. A denouncer's identity is masked except for the case's
/// handlers, and each time a handler is shown it an audit row records who saw whose case.
/// </summary>
public sealed class PetitionDirectory(AppDbContext db, OrganizationScope scope, CurrentOrganization current, PetitionAccess access, PetitionDeadlines deadlines, PetitionFiles files, IAuditActor actor, TimeProvider clock)
{
    public const string Masked = "(Thông tin người tố cáo được giữ bí mật)";

    public async Task<(PagedList<PetitionSummary>? List, int OrganizationId, CommandStatus Status)> QueueAsync(PetitionQuery query, CancellationToken cancellationToken, int maxPageSize = Paging.MaxPageSize)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var (petitions, organizationId, status) = await FilterAsync(query, today, cancellationToken);
        if (petitions is null)
        {
            return (null, organizationId, status);
        }

        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize, maxPageSize);
        var total = await petitions.CountAsync(cancellationToken);
        var narrowed = await petitions.NarrowedToPageAsync(db, p => p.DueOn, (page - 1) * pageSize, pageSize, total, cancellationToken);
        var rows = await narrowed
            .ByDeadline()
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToQueuePageAsync(db, cancellationToken);
        return (new PagedList<PetitionSummary>(rows.ConvertAll(r => Summary(r, today)), total, page, pageSize), organizationId, CommandStatus.Ok);
    }

    /// <summary>Every petition the queue's filters select, in the queue's order, read as they stream from one query (the ledger's export).</summary>
    public async Task<(IAsyncEnumerable<PetitionSummary>? Rows, CommandStatus Status)> LedgerAsync(PetitionQuery query, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var (petitions, _, status) = await FilterAsync(query, today, cancellationToken);
        return petitions is null ? (null, status) : (petitions.ByDeadline().StreamQueueRows(db).Select(r => Summary(r, today)), CommandStatus.Ok);
    }

    // The queue's filters over the subtree of the asked (or working) organisation, after its access check.
    private async Task<(IQueryable<Petition>? Petitions, int OrganizationId, CommandStatus Status)> FilterAsync(PetitionQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var organizationId = query.OrganizationId ?? (await current.GetAsync(cancellationToken))?.OrganizationId;
        var root = organizationId is { } id ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Id, o.Path }).SingleOrDefaultAsync(cancellationToken) : null;
        if (root is null)
        {
            return (null, 0, CommandStatus.NotFound);
        }

        if (!await scope.CanReadAsync(root.Path, cancellationToken))
        {
            return (null, root.Id, CommandStatus.Forbidden);
        }

        var petitions = db.Petitions.AsNoTracking().WithinSubtree(db, root.Path, await db.Organizations.IsWholeTreeAsync(root.Path, cancellationToken));
        if (query.OpenOnly || query.Due is not null)
        {
            petitions = petitions.StillOpen();
        }

        if (query.Status is { } status)
        {
            petitions = petitions.Where(p => p.Status == status);
        }

        if (query.Kind is { } kind)
        {
            petitions = petitions.Where(p => p.Kind == kind);
        }

        var soon = today.AddDays(PetitionDeadline.DueSoonDays);
        petitions = query.Due switch
        {
            "overdue" => petitions.Where(p => p.DueOn < today),
            "soon" => petitions.Where(p => p.DueOn >= today && p.DueOn <= soon),
            _ => petitions,
        };

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var code = TrackingCodes.Normalize(query.Q);
            var text = query.Q.Trim();
            petitions = code is not null
                ? petitions.Where(p => p.TrackingCode == code)
                : petitions.Where(p => p.Summary.Contains(text) || (p.Kind != PetitionKind.Denunciation && p.Petitioners.Any(n => n.FullName.Contains(text))));
        }

        return (petitions, root.Id, CommandStatus.Ok);
    }

    private static PetitionSummary Summary(PetitionQueueRow r, DateOnly today) => new(
        r.Id, r.TrackingCode, r.Kind, PetitionKindNames.Of(r.Kind), r.Field, r.Channel, r.Summary,
        r.Kind == PetitionKind.Denunciation ? Masked : Names(r.Names, r.SenderCount),
        r.OrganizationId, r.OrganizationName, r.ReceivedOn, r.Status, PetitionStatusNames.Of(r.Status), r.DueOn,
        r.DueOn is { } due && PetitionStatusNames.IsOpen(r.Status) ? due.DayNumber - today.DayNumber : null,
        r.DueOn is { } d && PetitionStatusNames.IsOpen(r.Status) ? PetitionDeadline.StateOf(d.DayNumber - today.DayNumber) : null,
        r.AssignedToName);

    /// <summary>One petition's file. A denouncer's identity is shown to the case's handlers only when asked (<paramref name="revealIdentity"/>), and that view is audited.</summary>
    public async Task<(PetitionDetails? Details, CommandStatus Status)> GetAsync(long petitionId, bool revealIdentity, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(petitionId, withHistory: true, cancellationToken);
        if (target is null)
        {
            return (null, status);
        }

        var petition = target.Petition;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var confidential = petition.Kind == PetitionKind.Denunciation;
        var hidden = confidential && !(revealIdentity && target.IsHandler);
        if (confidential && !hidden)
        {
            db.AuditEntries.Add(PetitionAudit.Entry(actor, now, petition, PetitionAudit.IdentityViewed, null, new { petition.TrackingCode }));
            await db.SaveChangesAsync(cancellationToken);
        }

        var codes = await db.Petitions.AsNoTracking()
            .Where(p => p.Id == petition.FirstPetitionId || p.Id == petition.DuplicateOfId)
            .Select(p => new { p.Id, p.TrackingCode }).ToListAsync(cancellationToken);
        var details = Describe(petition, target.OrganizationName, hidden,
            codes.FirstOrDefault(c => c.Id == petition.FirstPetitionId)?.TrackingCode, codes.FirstOrDefault(c => c.Id == petition.DuplicateOfId)?.TrackingCode,
            await deadlines.ClockAsync(cancellationToken), today, !confidential || target.IsHandler, await files.ListAsync(target, cancellationToken));
        return (details, CommandStatus.Ok);
    }

    /// <summary>A petition's file from what is already in memory: no query.</summary>
    public static PetitionDetails Describe(Petition petition, string organizationName, bool hidden, string? firstCode, string? duplicateCode, PetitionClock clock, DateOnly today, bool documentsVisible, IReadOnlyList<PetitionDocumentDto> documents)
    {
        var deadline = clock.Current(petition.Facts());
        var actions = Enum.GetValues<PetitionAction>().Where(a => PetitionWorkflow.Apply(petition.Status, a, petition.Kind).IsAllowed).ToList();
        return new PetitionDetails(
            petition.Id, petition.TrackingCode, petition.Revision, petition.Kind, PetitionKindNames.Of(petition.Kind), petition.Field, PetitionNames.Of(petition.Field),
            petition.Channel, PetitionNames.Of(petition.Channel), petition.Round, firstCode, duplicateCode,
            petition.Summary, petition.Content, petition.OrganizationId, organizationName, petition.ReceivedOn,
            petition.Status, PetitionStatusNames.Of(petition.Status), petition.Complexity, petition.IsRemoteArea,
            petition.AcceptedOn, petition.ResolvedOn, petition.ClosedOn, PetitionDeadlines.Show(deadline, today),
            [.. petition.Extensions.OrderBy(e => e.Id).Select(e => e.Days)],
            petition.AssignedToName, petition.ForwardedTo, petition.RefusalReason, petition.Resolution, petition.Answer, petition.AnswerPublishedAt,
            hidden,
            hidden ? [] : [.. petition.Petitioners.OrderBy(p => p.Id).Select(p => new PetitionerDto(p.FullName, p.Phone, p.Email, p.Address, p.IdentityNumber))],
            [.. petition.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PetitionEventDto(e.At, e.UserName, e.Title, e.Note, e.IsPublic))],
            actions,
            documentsVisible,
            documents);
    }

    /// <summary>What anyone with the tracking code sees: the kind, the status, the steps the sender is told of and the published answer; never a name.</summary>
    public async Task<PublicPetitionStatus?> PublicAsync(string? trackingCode, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(trackingCode);
        if (code is null)
        {
            return null;
        }

        var petition = await db.Petitions.AsNoTracking().Include(p => p.Events.Where(e => e.IsPublic))
            .SingleOrDefaultAsync(p => p.TrackingCode == code, cancellationToken);
        if (petition is null)
        {
            return null;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == petition.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var published = petition.AnswerPublishedAt is not null;
        return new PublicPetitionStatus(
            petition.TrackingCode, PetitionKindNames.Of(petition.Kind), petition.ReceivedOn, PetitionStatusNames.Of(petition.Status), organization,
            PetitionStatusNames.IsOpen(petition.Status) ? petition.DueOn : null,
            published ? petition.Answer : null, petition.AnswerPublishedAt,
            [.. petition.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PublicStep(e.At, e.Title))]);
    }

    private static string Names(List<string> names, int count) =>
        count <= names.Count ? string.Join(", ", names) : $"{string.Join(", ", names)} và {count - names.Count} người khác";
}
