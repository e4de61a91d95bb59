using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>Counts of the petitions received in a period, as they stand now. Duplicates are counted once, with the petition they repeat.</summary>
public sealed record PetitionTally(int Received, int Accepted, int Resolved, int Refused, int Forwarded, int Withdrawn, int Open, int OnTime, int Late, int Overdue, int Duplicates)
{
    public static PetitionTally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Handled on time among those handled, in %; <c>null</c> when none was handled.</summary>
    public double? OnTimeRate => OnTime + Late == 0 ? null : Math.Round(OnTime * 100.0 / (OnTime + Late), 1);

    public static PetitionTally operator +(PetitionTally a, PetitionTally b) => new(
        a.Received + b.Received, a.Accepted + b.Accepted, a.Resolved + b.Resolved, a.Refused + b.Refused, a.Forwarded + b.Forwarded, a.Withdrawn + b.Withdrawn,
        a.Open + b.Open, a.OnTime + b.OnTime, a.Late + b.Late, a.Overdue + b.Overdue, a.Duplicates + b.Duplicates);

    public static PetitionTally Add(PetitionTally a, PetitionTally b) => a + b;
}

public sealed record StatisticsRow(string Key, string Name, PetitionTally Tally);

public sealed record PetitionStatisticsResult(int OrganizationId, string OrganizationName, DateOnly From, DateOnly To, string By, IReadOnlyList<StatisticsRow> Rows, PetitionTally Total);

/// <summary>
/// Petition statistics for an organisation's subtree: received, accepted, resolved, refused,
/// forwarded, still open, handled on time or late, and overdue, by kind, field, organisation
/// (the children of the chosen one) or month. Counted in the database by organisation, kind,
/// field and month, then rolled up.
/// </summary>
public sealed class PetitionStatistics(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    public static readonly string[] Groupings = ["kind", "field", "organization", "month"];

    public async Task<CommandResult<PetitionStatisticsResult>> HandleAsync(int organizationId, string? from, string? to, string? by, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors();
        DateOnly? fromDate = null, toDate = null;
        if (!string.IsNullOrWhiteSpace(from) && !DateInput.TryParse(from, out fromDate))
        {
            errors.Add("from", "Từ ngày phải có dạng dd/MM/yyyy.");
        }

        if (!string.IsNullOrWhiteSpace(to) && !DateInput.TryParse(to, out toDate))
        {
            errors.Add("to", "Đến ngày phải có dạng dd/MM/yyyy.");
        }

        var start = fromDate ?? new DateOnly(today.Year, 1, 1);
        var end = toDate ?? today;
        if (start > end)
        {
            errors.Add("to", "Đến ngày phải sau từ ngày.");
        }
        else if (end.DayNumber - start.DayNumber > 366 * 10)
        {
            errors.Add("from", "Khoảng thời gian thống kê tối đa 10 năm.");
        }

        var grouping = string.IsNullOrWhiteSpace(by) ? "kind" : by.Trim().ToLowerInvariant();
        if (!Groupings.Contains(grouping))
        {
            errors.Add("by", "Nhóm theo phải là kind (loại đơn), field (lĩnh vực), organization (đơn vị) hoặc month (tháng).");
        }

        if (errors.Any)
        {
            return errors.ToResult<PetitionStatisticsResult>();
        }

        var root = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => new { o.Id, o.Path, o.Name }).SingleOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            return CommandResult<PetitionStatisticsResult>.NotFound();
        }

        if (!await scope.CanReadAsync(root.Path, cancellationToken))
        {
            return CommandResult<PetitionStatisticsResult>.Forbidden();
        }

        var path = root.Path;
        var buckets = await db.Petitions.AsNoTracking()
            .WithinSubtree(db, path)
            .Where(p => p.ReceivedOn >= start && p.ReceivedOn <= end)
            .GroupBy(p => new { p.OrganizationId, p.Kind, p.Field, p.ReceivedOn.Year, p.ReceivedOn.Month })
            .Select(g => new
            {
                g.Key.OrganizationId,
                g.Key.Kind,
                g.Key.Field,
                g.Key.Year,
                g.Key.Month,
                Duplicates = g.Count(p => p.Status == PetitionStatus.Duplicate),
                Received = g.Count(p => p.Status != PetitionStatus.Duplicate),
                Accepted = g.Count(p => p.AcceptedOn != null),
                Resolved = g.Count(p => p.ResolvedOn != null),
                Refused = g.Count(p => p.RefusalReason != null),
                Forwarded = g.Count(p => p.ForwardedTo != null),
                Withdrawn = g.Count(p => p.Status == PetitionStatus.Withdrawn),
                Open = g.Count(p => p.Status == PetitionStatus.Registered || p.Status == PetitionStatus.Accepted),
                OnTime = g.Count(p => p.Status != PetitionStatus.Duplicate && p.HandledOnTime == true),
                Late = g.Count(p => p.Status != PetitionStatus.Duplicate && p.HandledOnTime == false),
                Overdue = g.Count(p => (p.Status == PetitionStatus.Registered || p.Status == PetitionStatus.Accepted) && p.DueOn < today),
            })
            .ToListAsync(cancellationToken);

        Dictionary<int, int?> childOf = [];
        Dictionary<int, string> childNames = [];
        if (grouping == "organization")
        {
            var ids = buckets.Select(b => b.OrganizationId).Distinct().ToList();
            var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
            childOf = paths.ToDictionary(p => p.Id, p => OrganizationPath.ChildUnder(path, p.Path));
            var childIds = childOf.Values.OfType<int>().Distinct().ToList();
            childNames = await db.Organizations.AsNoTracking().Where(o => childIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        }

        var rows = buckets
            .Select(b => (Key: grouping switch
            {
                "kind" => ((int)b.Kind).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                "field" => ((int)b.Field).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                "month" => $"{b.Year:D4}-{b.Month:D2}",
                _ => childOf.GetValueOrDefault(b.OrganizationId) is { } child ? child.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0",
            }, Name: grouping switch
            {
                "kind" => PetitionKindNames.Of(b.Kind),
                "field" => PetitionNames.Of(b.Field),
                "month" => $"Tháng {b.Month}/{b.Year}",
                _ => childOf.GetValueOrDefault(b.OrganizationId) is { } child ? childNames[child] : $"{root.Name} (trực tiếp)",
            }, Tally: new PetitionTally(b.Received, b.Accepted, b.Resolved, b.Refused, b.Forwarded, b.Withdrawn, b.Open, b.OnTime, b.Late, b.Overdue, b.Duplicates)))
            .GroupBy(r => (r.Key, r.Name))
            .Select(g => new StatisticsRow(g.Key.Key, g.Key.Name, g.Select(r => r.Tally).Aggregate(PetitionTally.Zero, PetitionTally.Add)))
            .OrderBy(r => grouping == "organization" ? r.Name : r.Key, StringComparer.Ordinal)
            .ToList();
        var total = rows.Select(r => r.Tally).Aggregate(PetitionTally.Zero, PetitionTally.Add);
        return CommandResult<PetitionStatisticsResult>.Ok(new PetitionStatisticsResult(root.Id, root.Name, start, end, grouping, rows, total));
    }
}
