using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Web.Auth;
using DanVan.Web.Features.Reception;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// Who sees and changes a meeting. People whose subtrees hold the host see and plan it; people
/// whose subtrees hold a bridge point see it and report that point, and no other. Outside both the
/// answer is 403 whether or not the meeting exists.
/// </summary>
public sealed class MeetingAccess(AppDbContext db, OrganizationScope scope)
{
    /// <summary>What the person may do with a meeting.</summary>
    /// <param name="HostPath">The host organisation's path.</param>
    /// <param name="CanEdit">Whether the person plans it: the host is in their subtrees.</param>
    public sealed record Grant(long MeetingId, int HostOrganizationId, string HostPath, bool CanEdit);

    public async Task<(Grant? Grant, CommandStatus Status)> MeetingAsync(long meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { m.Id, m.HostOrganizationId, HostPath = db.Organizations.Where(o => o.Id == m.HostOrganizationId).Select(o => o.Path).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (await scope.CanReadAsync(meeting.HostPath, cancellationToken))
        {
            return (new Grant(meeting.Id, meeting.HostOrganizationId, meeting.HostPath, CanEdit: true), CommandStatus.Ok);
        }

        foreach (var root in await scope.ReadablePathsAsync(cancellationToken))
        {
            var organizations = db.Organizations.IdsWithinSubtree(root);
            if (await db.BridgePoints.AnyAsync(p => p.MeetingId == meetingId && organizations.Contains(p.OrganizationId), cancellationToken))
            {
                return (new Grant(meeting.Id, meeting.HostOrganizationId, meeting.HostPath, CanEdit: false), CommandStatus.Ok);
            }
        }

        return (null, CommandStatus.Forbidden);
    }

    /// <summary>A meeting the person plans, or why not.</summary>
    public async Task<(Grant? Grant, CommandStatus Status)> EditableAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (grant, status) = await MeetingAsync(meetingId, cancellationToken);
        return grant is { CanEdit: true } ? (grant, CommandStatus.Ok) : (null, grant is null ? status : CommandStatus.Forbidden);
    }

    /// <summary>Whether the person reports for a bridge point's organisation.</summary>
    public Task<bool> CanUpdatePointAsync(string organizationPath, CancellationToken cancellationToken) => scope.CanReadAsync(organizationPath, cancellationToken);

    /// <summary>The ids of the organisations among <paramref name="organizationIds"/> the person reports for.</summary>
    public async Task<HashSet<int>> ReportableAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken)
    {
        var paths = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        var roots = await scope.ReadablePathsAsync(cancellationToken);
        return [.. paths.Where(p => roots.Any(root => Domain.Organizations.OrganizationPath.IsWithin(root, p.Path))).Select(p => p.Id)];
    }

    public Task<bool> CanReadAsync(string path, CancellationToken cancellationToken) => scope.CanReadAsync(path, cancellationToken);

    public Task<IReadOnlyList<string>> RootsAsync(CancellationToken cancellationToken) => scope.ReadablePathsAsync(cancellationToken);

    /// <summary>The types a new meeting may take.</summary>
    public async Task<IReadOnlyList<MeetingTypeDto>> TypesAsync(CancellationToken cancellationToken) =>
        await db.MeetingTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new MeetingTypeDto(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive)).ToListAsync(cancellationToken);

    internal static SubtreeAccess.Choice Choice(int id, string name, int depth) => new(id, name, depth);
}
