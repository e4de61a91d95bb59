using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>One line of the statistics: a meeting type at a host level.</summary>
public sealed record MeetingTally(int TypeId, string TypeName, OrganizationLevel Level, int Held, int Cancelled, int BridgePoints, int Connected, int Attendance);

/// <summary>The statistics of a subtree's meetings in a period, with their total.</summary>
public sealed record MeetingStatisticsResult(int OrganizationId, string OrganizationName, DateOnly From, DateOnly To, IReadOnlyList<MeetingTally> Rows, MeetingTally Total);

/// <summary>
/// Meetings counted by type and by the host's level over a period: held and cancelled, bridge points
/// connected, people at the points. Counts the meetings a subtree sees, as the calendar does.
/// </summary>
public sealed class MeetingStatistics(AppDbContext db, SubtreeAccess organizations)
{
    public async Task<(MeetingStatisticsResult? Result, CommandStatus Status)> CountAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        var (root, status) = await organizations.RootAsync(query.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var meetings = db.VisibleWithin(root.Path, root.IsWholeTree, query.From.ToDateTime(TimeOnly.MinValue), query.To.ToDateTime(TimeOnly.MinValue)).Matching(db, query.Filter);
        var perMeeting = await meetings.Select(m => new
        {
            m.TypeId,
            TypeName = m.Type!.Name,
            Level = db.Organizations.Where(o => o.Id == m.HostOrganizationId).Select(o => o.Level).First(),
            m.IsCancelled,
            Points = m.BridgePoints.Count,
            Connected = m.BridgePoints.Count(p => p.Status == ConnectionStatus.Connected),
            Attendance = m.BridgePoints.Sum(p => p.AttendanceCount ?? 0),
        }).ToListAsync(cancellationToken);
        var rows = perMeeting.GroupBy(m => (m.TypeId, m.TypeName, m.Level))
            .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.TypeName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(g => new MeetingTally(g.Key.TypeId, g.Key.TypeName, g.Key.Level,
                g.Count(m => !m.IsCancelled), g.Count(m => m.IsCancelled), g.Sum(m => m.Points), g.Sum(m => m.Connected), g.Sum(m => m.Attendance)))
            .ToList();
        var total = new MeetingTally(0, "Tổng cộng", OrganizationLevel.Central, rows.Sum(r => r.Held), rows.Sum(r => r.Cancelled), rows.Sum(r => r.BridgePoints), rows.Sum(r => r.Connected), rows.Sum(r => r.Attendance));
        return (new MeetingStatisticsResult(root.Id, root.Name, query.From, query.To.AddDays(-1), rows, total), CommandStatus.Ok);
    }
}
