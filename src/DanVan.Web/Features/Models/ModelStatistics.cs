using DanVan.Data;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>How many models of a subtree started each year, by field and by level, and how many of them are recognised today.</summary>
public sealed class ModelStatistics(AppDbContext db, ModelAccess access, ModelDirectory directory)
{
    public const int MaxYears = 10;

    public async Task<(ModelStatisticsDto? Statistics, CommandStatus Status)> GetAsync(int? organizationId, int? fromYear, int? toYear, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var today = directory.Today;
        var last = toYear ?? today.Year;
        var first = Math.Max(fromYear ?? last - 4, last - MaxYears + 1);
        var (from, to) = (new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
        var subtree = db.Organizations.IdsWithinSubtree(root.Path);
        var groups = await db.ExemplaryModels.AsNoTracking()
            .Where(m => subtree.Contains(m.OrganizationId) && m.StartedOn >= from && m.StartedOn <= to)
            .Select(m => new
            {
                m.Field,
                m.Level,
                m.StartedOn.Year,
                Holds = db.ModelRecognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today)),
            })
            .GroupBy(m => new { m.Field, m.Level, m.Year, m.Holds })
            .Select(g => new Cell(g.Key.Field, g.Key.Level, g.Key.Year, g.Key.Holds, g.Count()))
            .ToListAsync(cancellationToken);
        var years = Enumerable.Range(first, last - first + 1).ToList();
        var byField = Enum.GetValues<ModelField>().Select(f => Row(f.ToString(), ModelFieldNames.Of(f), groups.Where(c => c.Field == f), years)).ToList();
        var byLevel = Enum.GetValues<OrganizationLevel>().Where(l => l != OrganizationLevel.District || groups.Any(c => c.Level == l))
            .Select(l => Row(l.ToString(), OrganizationLevelNames.Of(l), groups.Where(c => c.Level == l), years)).ToList();
        return (new ModelStatisticsDto(root.Id, root.Name, years, byField, byLevel, Row("All", "Tổng số", groups, years)), CommandStatus.Ok);
    }

    private sealed record Cell(ModelField Field, OrganizationLevel Level, int Year, bool Holds, int Count);

    private static StatisticsRow Row(string key, string name, IEnumerable<Cell> cells, List<int> years)
    {
        var list = cells.ToList();
        var counts = years.Select(y => list.Where(c => c.Year == y).Sum(c => c.Count)).ToList();
        return new StatisticsRow(key, name, counts, counts.Sum(), list.Where(c => c.Holds).Sum(c => c.Count));
    }
}
