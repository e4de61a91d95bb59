using System.Collections.Concurrent;
using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Text;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Units;

/// <summary>Finds administrative units by folded name, level, parent and date; public information.</summary>
public sealed class UnitSearch(AppDbContext db, TimeProvider clock)
{
    // Matches read beyond the requested page before a search counts separately.
    private const int SearchWindow = 80;

    // A compiled query is bound to the first provider that runs it, so each provider gets its own.
    private static readonly ConcurrentDictionary<string, CompiledSearch> Compiled = new();

    private sealed record CompiledSearch(
        Func<AppDbContext, DateOnly, string, int, IAsyncEnumerable<UnitSummary>> Page,
        Func<AppDbContext, DateOnly, string, Task<int>> Count);

    private static CompiledSearch CompiledFor(AppDbContext db) =>
        Compiled.GetOrAdd(db.Database.ProviderName ?? string.Empty, _ => new CompiledSearch(CompilePage(), CompileCount()));

    private static Func<AppDbContext, DateOnly, string, int, IAsyncEnumerable<UnitSummary>> CompilePage() =>
        EF.CompileAsyncQuery((AppDbContext db, DateOnly on, string folded, int take) => db.AdminUnits.AsNoTracking()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on) && u.NameFolded.Contains(folded))
            .OrderBy(u => u.NameFolded == folded ? 0 : u.NameFolded.StartsWith(folded) ? 1 : 2).ThenBy(u => u.Level).ThenBy(u => u.NameFolded).ThenBy(u => u.Code)
            .Take(take)
            .Select(u => new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo)));

    private static Func<AppDbContext, DateOnly, string, Task<int>> CompileCount() =>
        EF.CompileAsyncQuery((AppDbContext db, DateOnly on, string folded) => db.AdminUnits
            .Count(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on) && u.NameFolded.Contains(folded)));

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedList<UnitSummary>> SearchAsync(UnitQuery query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalize(query.Page, query.PageSize);
        var on = query.On ?? Today;
        var units = InForce(query, on);

        // A unit name is searched as a phrase: "hoa binh" finds Hòa Bình, not Bình Hòa.
        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length == 0)
        {
            var count = await units.CountAsync(cancellationToken);
            var rows = await Summaries(InListOrder(units, folded))
                .Skip((page - 1) * pageSize).Take(pageSize)
                .ToListAsync(cancellationToken);
            return new PagedList<UnitSummary>(rows, count, page, pageSize);
        }

        // A substring match reads every unit version whatever the index. Most searches match a
        // few units, so the matches up to a window are read in one pass, best first (exact name,
        // then names starting with the phrase), and counted here; only a broad search that fills
        // the window pays for a second pass to count.
        var window = page * pageSize + SearchWindow;

        // PostgreSQL keeps repeated statements prepared and, after a few calls, plans them once for
        // any value. A LIKE '%…%' is best planned for its own phrase (a long one uses the trigram
        // index, a short one scans), so the search asks for that within its own transaction.
        await using var planned = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (planned is not null)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        }

        List<UnitSummary> matches;
        int total;
        if (query.Level is null && string.IsNullOrWhiteSpace(query.ParentCode))
        {
            // The common case, typed into a search box: precompiled, it skips the LINQ pipeline.
            var compiled = CompiledFor(db);
            matches = [];
            await foreach (var unit in compiled.Page(db, on, folded, window).WithCancellation(cancellationToken))
            {
                matches.Add(unit);
            }

            total = matches.Count < window ? matches.Count : await compiled.Count(db, on, folded);
        }
        else
        {
            var matching = Matching(units, folded);
            matches = await Summaries(InListOrder(matching, folded)).Take(window).ToListAsync(cancellationToken);
            total = matches.Count < window ? matches.Count : await matching.CountAsync(cancellationToken);
        }

        var items = matches.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new PagedList<UnitSummary>(items, total, page, pageSize);
    }

    /// <summary>
    /// Every unit the filters select, in the list's order, with its parent's full name on the same
    /// day, read as the rows are written.
    /// </summary>
    public IAsyncEnumerable<UnitWithParent> Stream(UnitQuery query)
    {
        var on = query.On ?? Today;
        var folded = VietnameseText.Fold(query.Q);
        var units = folded.Length == 0 ? InForce(query, on) : Matching(InForce(query, on), folded);
        return InListOrder(units, folded)
            .Select(u => new UnitWithParent(
                new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo),
                db.AdminUnits.Where(p => p.Code == u.ParentCode && (p.ValidFrom == null || p.ValidFrom <= on) && (p.ValidTo == null || p.ValidTo >= on))
                    .OrderByDescending(p => p.ValidFrom).Select(p => p.FullName).FirstOrDefault()))
            .AsAsyncEnumerable();
    }

    public async Task<UnitDetails?> GetAsync(string code, DateOnly? on, CancellationToken cancellationToken)
    {
        var versions = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Code == code)
            .OrderBy(u => u.ValidFrom)
            .Select(u => new UnitVersion(u.Name, u.Type, u.FullName, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.LegalBasis))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var day = on ?? Today;
        var current = versions.LastOrDefault(v => (v.ValidFrom is null || v.ValidFrom <= day) && (v.ValidTo is null || v.ValidTo >= day)) ?? versions[^1];
        var parentDay = current.ValidTo ?? day;
        var parent = current.ParentCode is null ? null : await SummaryAsync(current.ParentCode, parentDay, cancellationToken);
        var grandParent = parent?.ParentCode is null ? null : await SummaryAsync(parent.ParentCode, parentDay, cancellationToken);
        var children = await db.AdminUnits.AsNoTracking()
            .Where(u => u.ParentCode == code && (u.ValidFrom == null || u.ValidFrom <= parentDay) && (u.ValidTo == null || u.ValidTo >= parentDay))
            .OrderBy(u => u.Code)
            .Select(u => new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken);

        var isOld = current.ValidTo is not null && current.ValidTo < Data.Seeding.AdminUnitImporter.TwoTierStart;
        var predecessors = isOld ? [] : await LinkedAsync(db.UnitSuccessions.Where(s => s.NewCode == code).Select(s => new LinkRow(s.OldCode, s.Coverage, s.Note)), before: true, cancellationToken);
        var successors = isOld ? await LinkedAsync(db.UnitSuccessions.Where(s => s.OldCode == code).Select(s => new LinkRow(s.NewCode, s.Coverage, s.Note)), before: false, cancellationToken) : [];
        return new UnitDetails(code, current, versions, parent, grandParent, children, predecessors, successors);
    }

    /// <summary>Full names of units by code, as they were on a day (today by default).</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, DateOnly? on, CancellationToken cancellationToken)
    {
        var day = on ?? Today;
        var rows = await db.AdminUnits.AsNoTracking()
            .Where(u => codes.Contains(u.Code) && (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day))
            .Select(u => new { u.Code, u.FullName })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().FullName);
    }

    /// <summary>Provinces in force today, for filters and pickers.</summary>
    public Task<List<UnitSummary>> ProvincesAsync(CancellationToken cancellationToken)
    {
        var on = Today;
        return db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == 1 && (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on))
            .OrderBy(u => u.Code)
            .Select(u => new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The units in force on a day, of the level and under the parent asked for.</summary>
    private IQueryable<AdminUnit> InForce(UnitQuery query, DateOnly on)
    {
        var units = db.AdminUnits.AsNoTracking()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on));
        if (query.Level is { } level)
        {
            units = units.Where(u => u.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(query.ParentCode))
        {
            var parent = query.ParentCode.Trim();
            units = units.Where(u => u.ParentCode == parent);
        }

        return units;
    }

    private static IQueryable<AdminUnit> Matching(IQueryable<AdminUnit> units, string folded) => units.Where(u => u.NameFolded.Contains(folded));

    /// <summary>By level and code; for a search, best match first (the same order as the compiled search).</summary>
    private static IOrderedQueryable<AdminUnit> InListOrder(IQueryable<AdminUnit> units, string folded) => folded.Length == 0
        ? units.OrderBy(u => u.Level).ThenBy(u => u.Code)
        : units.OrderBy(u => u.NameFolded == folded ? 0 : u.NameFolded.StartsWith(folded) ? 1 : 2).ThenBy(u => u.Level).ThenBy(u => u.NameFolded).ThenBy(u => u.Code);

    private static IQueryable<UnitSummary> Summaries(IQueryable<AdminUnit> units) =>
        units.Select(u => new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo));

    private Task<UnitSummary?> SummaryAsync(string code, DateOnly on, CancellationToken cancellationToken) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Code == code && (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => new UnitSummary(u.Code, u.Name, u.Type, u.Level, u.ParentCode, u.FullName, u.ValidFrom, u.ValidTo))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<List<LinkedUnit>> LinkedAsync(IQueryable<LinkRow> links, bool before, CancellationToken cancellationToken)
    {
        var rows = await links.ToListAsync(cancellationToken);
        var codes = rows.Select(r => r.Code).Distinct().ToList();
        var side = Data.Seeding.AdminUnitImporter.TwoTierStart;
        var names = await db.AdminUnits.AsNoTracking()
            .Where(u => codes.Contains(u.Code) && (before ? u.ValidTo != null && u.ValidTo < side : u.ValidTo == null || u.ValidTo >= side))
            .Select(u => new { u.Code, u.FullName, u.ParentCode, u.Level })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
            {
                var unit = names.FirstOrDefault(n => n.Code == r.Code);
                return new LinkedUnit(r.Code, unit?.FullName ?? r.Code, unit?.Level ?? 0, r.Coverage, r.Note);
            })
            .OrderBy(l => l.Code)
            .ToList();
    }
}

internal sealed record LinkRow(string Code, string Coverage, string? Note);

public sealed record UnitQuery(string? Q, int? Level, string? ParentCode, DateOnly? On, int? Page, int? PageSize);

/// <summary>A unit as the API lists it.</summary>
public sealed record UnitSummary(string Code, string Name, string Type, int Level, string? ParentCode, string FullName, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A unit with its parent's full name, as the export lists it.</summary>
public sealed record UnitWithParent(UnitSummary Unit, string? ParentName);

public sealed record UnitVersion(string Name, string Type, string FullName, int Level, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, string? LegalBasis);

/// <summary>A unit before or after the 2025 rearrangement, with how much of it moved.</summary>
public sealed record LinkedUnit(string Code, string FullName, int Level, string Coverage, string? Note);

public sealed record UnitDetails(
    string Code,
    UnitVersion Current,
    IReadOnlyList<UnitVersion> Versions,
    UnitSummary? Parent,
    UnitSummary? GrandParent,
    IReadOnlyList<UnitSummary> Children,
    IReadOnlyList<LinkedUnit> Predecessors,
    IReadOnlyList<LinkedUnit> Successors);
