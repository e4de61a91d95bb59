using System.Linq.Expressions;
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
/// (the children of the chosen one) or month. Whole months are read from the month counts kept with
/// the petitions (<see cref="PetitionMonthCount"/>), so five national years cost a few thousand rows;
/// the days of a month the range cuts and the overdue from the petitions, by index.
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

        // Whole months come from the counts kept with the petitions; the days of a month cut by the
        // range, and the overdue (which change with the day), from the petitions themselves. Each is
        // summed in the database by the one key the rows need.
        // The nation's subtree is every organisation: no filter, so that no plan reads the petitions organisation by organisation.
        var path = await db.Organizations.IsWholeTreeAsync(root.Path, cancellationToken) ? null : root.Path;
        var dimension = Dimensions[grouping];
        var (firstMonth, lastMonth) = WholeMonths(start, end);
        var buckets = new List<(int Key, PetitionTally Tally)>();
        if (firstMonth <= lastMonth)
        {
            var fromMonth = (firstMonth.Year * 100) + firstMonth.Month;
            var toMonth = (lastMonth.Year * 100) + lastMonth.Month;
            var counts = await db.PetitionMonthCounts.AsNoTracking()
                .Where(c => c.OrganizationId == root.Id && c.YearMonth >= fromMonth && c.YearMonth <= toMonth)
                .GroupBy(dimension.OfCount)
                .Select(g => new
                {
                    g.Key,
                    Received = g.Sum(c => c.Received),
                    Accepted = g.Sum(c => c.Accepted),
                    Resolved = g.Sum(c => c.Resolved),
                    Refused = g.Sum(c => c.Refused),
                    Forwarded = g.Sum(c => c.Forwarded),
                    Withdrawn = g.Sum(c => c.Withdrawn),
                    Open = g.Sum(c => c.Open),
                    OnTime = g.Sum(c => c.OnTime),
                    Late = g.Sum(c => c.Late),
                    Duplicates = g.Sum(c => c.Duplicates),
                })
                .ToListAsync(cancellationToken);
            buckets.AddRange(counts.Select(c => (c.Key,
                new PetitionTally(c.Received, c.Accepted, c.Resolved, c.Refused, c.Forwarded, c.Withdrawn, c.Open, c.OnTime, c.Late, 0, c.Duplicates))));
            if (start < firstMonth)
            {
                buckets.AddRange(await CountAsync(path, start, firstMonth.AddDays(-1), dimension, cancellationToken));
            }

            if (lastMonth.AddMonths(1).AddDays(-1) < end)
            {
                buckets.AddRange(await CountAsync(path, lastMonth.AddMonths(1), end, dimension, cancellationToken));
            }
        }
        else
        {
            buckets.AddRange(await CountAsync(path, start, end, dimension, cancellationToken));
        }

        buckets.AddRange(await OverdueAsync(path, start, end, today, dimension, cancellationToken));
        if (grouping == "organization")
        {
            // Counts are kept by the child of the root; petitions by their own organisation.
            var children = await ChildrenAsync(root.Path, buckets.Select(b => b.Key), cancellationToken);
            buckets = buckets.ConvertAll(b => (children.GetValueOrDefault(b.Key) ?? root.Id, b.Tally));
        }

        var childIds = buckets.Select(b => b.Key).Distinct().ToList();
        var childNames = grouping == "organization"
            ? await db.Organizations.AsNoTracking().Where(o => childIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken)
            : [];

        var rows = buckets
            .GroupBy(b => b.Key)
            .Select(g => (Key: g.Key, Tally: g.Select(b => b.Tally).Aggregate(PetitionTally.Zero, PetitionTally.Add)))
            .Select(b => new StatisticsRow(
                grouping switch
                {
                    "kind" or "field" => b.Key.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                    "month" => $"{b.Key / 100:D4}-{b.Key % 100:D2}",
                    _ => b.Key == root.Id ? "0" : b.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                grouping switch
                {
                    "kind" => PetitionKindNames.Of((PetitionKind)b.Key),
                    "field" => PetitionNames.Of((PetitionField)b.Key),
                    "month" => $"Tháng {b.Key % 100}/{b.Key / 100}",
                    _ => b.Key == root.Id ? $"{root.Name} (trực tiếp)" : childNames[b.Key],
                },
                b.Tally))
            .OrderBy(r => grouping == "organization" ? r.Name : r.Key, StringComparer.Ordinal)
            .ToList();
        var total = rows.Select(r => r.Tally).Aggregate(PetitionTally.Zero, PetitionTally.Add);
        return CommandResult<PetitionStatisticsResult>.Ok(new PetitionStatisticsResult(root.Id, root.Name, start, end, grouping, rows, total));
    }

    /// <summary>The first and last months wholly inside the range (the first after the last when none is).</summary>
    private static (DateOnly First, DateOnly Last) WholeMonths(DateOnly start, DateOnly end)
    {
        var first = start.Day == 1 ? start : new DateOnly(start.Year, start.Month, 1).AddMonths(1);
        var last = new DateOnly(end.Year, end.Month, 1);
        if (end != last.AddMonths(1).AddDays(-1))
        {
            last = last.AddMonths(-1);
        }

        return (first, last);
    }

    /// <summary>The petitions received between two days, counted in the database by the rows' key.</summary>
    private async Task<List<(int Key, PetitionTally Tally)>> CountAsync(string? path, DateOnly from, DateOnly to, Dimension dimension, CancellationToken cancellationToken)
    {
        // Joined rather than an IN list of the subtree: the days are what is selective here, and
        // SQLite would otherwise read every petition of the subtree by organisation.
        var petitions = db.Petitions.AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to);
        if (path is not null)
        {
            petitions = petitions.Join(db.Organizations.WithinSubtree(path), p => p.OrganizationId, o => o.Id, (p, o) => p);
        }

        var groups = await petitions
            .GroupBy(dimension.OfPetition)
            .Select(g => new
            {
                g.Key,
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
            })
            .ToListAsync(cancellationToken);
        return groups.ConvertAll(g => (g.Key, new PetitionTally(g.Received, g.Accepted, g.Resolved, g.Refused, g.Forwarded, g.Withdrawn, g.Open, g.OnTime, g.Late, 0, g.Duplicates)));
    }

    /// <summary>The petitions received in the range still open past their deadline, read from the open petitions' deadline index alone.</summary>
    private async Task<List<(int Key, PetitionTally Tally)>> OverdueAsync(string? path, DateOnly from, DateOnly to, DateOnly today, Dimension dimension, CancellationToken cancellationToken)
    {
        var petitions = db.Petitions.AsNoTracking();
        var groups = await (path is null ? petitions : petitions.WithinSubtree(db, path, wholeTree: false))
            .StillOpen()
            .Where(p => p.DueOn < today && p.ReceivedOn >= from && p.ReceivedOn <= to)
            .GroupBy(dimension.OfPetition)
            .Select(g => new { g.Key, Overdue = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.ConvertAll(g => (g.Key, PetitionTally.Zero with { Overdue = g.Overdue }));
    }

    /// <summary>For each organisation, the child of the root whose subtree holds it (<c>null</c> for the root itself).</summary>
    private async Task<Dictionary<int, int?>> ChildrenAsync(string path, IEnumerable<int> organizationIds, CancellationToken cancellationToken)
    {
        var ids = organizationIds.Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
        return paths.ToDictionary(p => p.Id, p => OrganizationPath.ChildUnder(path, p.Path));
    }

    private static readonly Dictionary<string, Dimension> Dimensions = new()
    {
        ["kind"] = new(c => (int)c.Kind, p => (int)p.Kind),
        ["field"] = new(c => (int)c.Field, p => (int)p.Field),
        ["month"] = new(c => c.YearMonth, p => (p.ReceivedOn.Year * 100) + p.ReceivedOn.Month),
        ["organization"] = new(c => c.ChildId, p => p.OrganizationId),
    };

    /// <summary>
    /// What the rows are keyed by, as one number: the kind, the field, year × 100 + month, or the
    /// organisation (for the counts the child of the root, for petitions their own organisation).
    /// </summary>
    private sealed record Dimension(Expression<Func<PetitionMonthCount, int>> OfCount, Expression<Func<Petition, int>> OfPetition);
}
