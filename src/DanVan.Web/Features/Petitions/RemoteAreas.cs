using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Data.Petitions;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Features.Units;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>What an administrator types to designate a unit: its code or its name, and the decision behind it.</summary>
public sealed class RemoteAreaInput
{
    /// <summary>The commune's code (e.g. "16858") or its name ("Mường Típ", "xã Muong Tip").</summary>
    public string? Unit { get; set; }

    public string? Basis { get; set; }
}

/// <summary>A designated unit as the list shows it; <paramref name="UnitName"/> is null when no version of the unit is in force any more.</summary>
public sealed record RemoteAreaDto(int Id, string AdminUnitCode, string? UnitName, string? ProvinceCode, string? ProvinceName, string? Basis, DateTime UpdatedAt, string? UpdatedBy);

/// <summary>
/// The communes, wards and special zones designated remote, hard-to-reach areas (vùng sâu, vùng
/// xa), where the Law on Complaints (Art. 28, 37) gives longer time limits. There is no official
/// list for the units formed on 1 July 2025, so administrators keep it: a central administrator for
/// any unit, a province's administrator for the communes of the province. A petition takes the
/// designation of its receiving organisation's unit when it is registered; a change here counts for
/// petitions registered afterwards and rewrites none already registered (staff correct one petition
/// with the classify action). Every change is audited.
/// </summary>
public sealed class RemoteAreas(AppDbContext db, OrganizationScope scope, UnitSearch units, IAuditActor actor, TimeProvider clock)
{
    public const int UnitLength = 200;
    public const int BasisLength = 300;

    private static readonly string[] CommuneTypes = ["xã", "phường", "đặc khu"];

    /// <summary>Whether the person may designate any unit at all: central or some organisation's administrator.</summary>
    public Task<bool> MayEditAnyAsync(CancellationToken cancellationToken) => scope.IsAdministratorAsync(cancellationToken);

    /// <summary>Those of the given organisations that work in a designated unit.</summary>
    public async Task<IReadOnlySet<int>> RemoteOrganizationsAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken) =>
        organizationIds.Count == 0
            ? new HashSet<int>()
            : (await db.Organizations.AsNoTracking()
                .Where(o => organizationIds.Contains(o.Id) && o.AdminUnitCode != null && db.RemoteAreas.Any(r => r.AdminUnitCode == o.AdminUnitCode))
                .Select(o => o.Id)
                .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The designated units by code, filtered by the unit's name (typed with or without diacritics) or the start of its code.</summary>
    public async Task<PagedList<RemoteAreaDto>> ListAsync(string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = Paging.Normalize(page, pageSize);
        var units = db.AdminUnits.Where(u => u.ValidTo == null);
        var rows =
            from r in db.RemoteAreas
            join u in units on r.AdminUnitCode equals u.Code into unit
            from u in unit.DefaultIfEmpty()
            join p in units on u!.ParentCode equals p.Code into province
            from p in province.DefaultIfEmpty()
            select new { Area = r, Unit = u, Province = p };

        var text = q?.Trim() ?? string.Empty;
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            rows = rows.Where(x => x.Area.AdminUnitCode.StartsWith(text));
        }
        else
        {
            foreach (var term in VietnameseText.SearchTerms(text))
            {
                rows = rows.Where(x => x.Unit != null && x.Unit.NameFolded.Contains(term));
            }
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.AsNoTracking()
            .OrderBy(x => x.Area.AdminUnitCode)
            .Skip((number - 1) * size).Take(size)
            .Select(x => new RemoteAreaDto(
                x.Area.Id,
                x.Area.AdminUnitCode,
                x.Unit == null ? null : x.Unit.FullName,
                x.Unit == null ? null : x.Unit.ParentCode,
                x.Province == null ? null : x.Province.FullName,
                x.Area.Basis,
                x.Area.UpdatedAt,
                x.Area.UpdatedBy))
            .ToListAsync(cancellationToken);
        return new PagedList<RemoteAreaDto>(items, total, number, size);
    }

    public async Task<CommandResult<RemoteAreaDto>> AddAsync(RemoteAreaInput input, CancellationToken cancellationToken)
    {
        if (!await MayEditAnyAsync(cancellationToken))
        {
            return CommandResult<RemoteAreaDto>.Forbidden();
        }

        var errors = new ValidationErrors()
            .Text(nameof(input.Unit), "tên hoặc mã đơn vị hành chính", input.Unit, UnitLength)
            .Text(nameof(input.Basis), "căn cứ", input.Basis, BasisLength, required: false);
        if (errors.Any)
        {
            return errors.ToResult<RemoteAreaDto>();
        }

        var (unit, error) = await FindCommuneAsync(input.Unit!.Trim(), cancellationToken);
        if (unit is null)
        {
            return CommandResult<RemoteAreaDto>.Invalid(nameof(input.Unit), error!);
        }

        if (!(await EditableAsync(cancellationToken)).Covers(unit.Code, unit.ParentCode))
        {
            return CommandResult<RemoteAreaDto>.Forbidden();
        }

        if (await db.RemoteAreas.AsNoTracking().FirstOrDefaultAsync(r => r.AdminUnitCode == unit.Code, cancellationToken) is { } existing)
        {
            return CommandResult<RemoteAreaDto>.Invalid(nameof(input.Unit), $"{unit.FullName} (mã {unit.Code}) đã có trong danh mục vùng sâu, vùng xa" + (existing.Basis is { } basis ? $" theo {basis}." : "."));
        }

        var area = new RemoteArea
        {
            AdminUnitCode = unit.Code,
            Basis = string.IsNullOrWhiteSpace(input.Basis) ? null : VietnameseText.Normalize(input.Basis),
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = actor.UserName,
        };
        db.RemoteAreas.Add(area);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult<RemoteAreaDto>.Conflict($"{unit.FullName} vừa được người khác đưa vào danh mục vùng sâu, vùng xa.");
        }

        var province = unit.ParentCode is { } parent ? (await units.NamesAsync([parent], null, cancellationToken)).GetValueOrDefault(parent) : null;
        return CommandResult<RemoteAreaDto>.Ok(new RemoteAreaDto(area.Id, area.AdminUnitCode, unit.FullName, unit.ParentCode, province, area.Basis, area.UpdatedAt, area.UpdatedBy));
    }

    public async Task<CommandResult<RemoteAreaDto>> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await MayEditAnyAsync(cancellationToken))
        {
            return CommandResult<RemoteAreaDto>.Forbidden();
        }

        var area = await db.RemoteAreas.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (area is null)
        {
            return CommandResult<RemoteAreaDto>.NotFound();
        }

        // The unit's latest version names its province, also for a unit no longer in force.
        var unit = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Code == area.AdminUnitCode)
            .OrderBy(u => u.ValidTo == null ? 0 : 1).ThenByDescending(u => u.ValidTo)
            .Select(u => new { u.FullName, u.ParentCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (!(await EditableAsync(cancellationToken)).Covers(area.AdminUnitCode, unit?.ParentCode))
        {
            return CommandResult<RemoteAreaDto>.Forbidden();
        }

        db.RemoteAreas.Remove(area);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<RemoteAreaDto>.Ok(new RemoteAreaDto(area.Id, area.AdminUnitCode, unit?.FullName, unit?.ParentCode, null, area.Basis, area.UpdatedAt, area.UpdatedBy));
    }

    /// <summary>
    /// The units whose designation the person may change: every unit for a central administrator;
    /// otherwise those of the open organisations they administer, and the communes of such a unit.
    /// </summary>
    public async Task<EditableUnits> EditableAsync(CancellationToken cancellationToken)
    {
        if (await scope.IsCentralAdministratorAsync(cancellationToken))
        {
            return new EditableUnits(null);
        }

        var managed = await scope.ManagedPathsAsync(cancellationToken);
        if (managed.Count == 0)
        {
            return new EditableUnits(new HashSet<string>());
        }

        var codes = await db.Organizations.AsNoTracking()
            .WithinAnySubtree(managed)
            .Where(o => o.ValidTo == null && o.AdminUnitCode != null)
            .Select(o => o.AdminUnitCode!)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new EditableUnits(codes.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The commune-level unit in force that the text names by code or, diacritics aside, by name; otherwise why none.</summary>
    private async Task<(AdminUnit? Unit, string? Error)> FindCommuneAsync(string text, CancellationToken cancellationToken)
    {
        if (text.All(char.IsAsciiDigit))
        {
            var versions = await db.AdminUnits.AsNoTracking().Where(u => u.Code == text).ToListAsync(cancellationToken);
            var current = versions.FirstOrDefault(u => u.ValidTo is null);
            if (current is null)
            {
                var last = versions.OrderByDescending(u => u.ValidTo).FirstOrDefault();
                return (null, last is null
                    ? $"Không có đơn vị hành chính nào mã {text}."
                    : $"{last.FullName} (mã {text}) đã thôi hiệu lực từ {DateInput.Show(last.ValidTo!.Value.AddDays(1))}; chỉ đơn vị đang có hiệu lực mới được xác định là vùng sâu, vùng xa.");
            }

            return current.Level == 2 ? (current, null) : (null, NotCommune(current));
        }

        var folded = VietnameseText.Fold(text);
        var (name, type) = (folded, (string?)null);
        foreach (var commune in CommuneTypes)
        {
            var prefix = VietnameseText.Fold(commune) + " ";
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                (name, type) = (folded[prefix.Length..], commune);
                break;
            }
        }

        var named = await db.AdminUnits.AsNoTracking()
            .Where(u => u.ValidTo == null && (u.NameFolded == folded || u.NameFolded == name))
            .OrderBy(u => u.Code)
            .Take(20)
            .ToListAsync(cancellationToken);
        var communes = named.Where(u => u.Level == 2 && (u.NameFolded == folded || u.Type == type)).ToList();
        switch (communes.Count)
        {
            case 1:
                return (communes[0], null);
            case > 1:
                var provinces = await units.NamesAsync([.. communes.Select(u => u.ParentCode).OfType<string>().Distinct()], null, cancellationToken);
                var candidates = string.Join("; ", communes.Select(u => $"{u.FullName} ({(u.ParentCode is { } p && provinces.TryGetValue(p, out var province) ? province : "không rõ tỉnh")}, mã {u.Code})"));
                return (null, $"Có {communes.Count} đơn vị cấp xã tên “{text}”: {candidates}. Vui lòng nhập mã của đơn vị cần chọn.");
        }

        if (named.FirstOrDefault() is { } other)
        {
            return (null, NotCommune(other));
        }

        var closed = await db.AdminUnits.AsNoTracking()
            .Where(u => u.ValidTo != null && u.Level >= 2 && (u.NameFolded == folded || u.NameFolded == name))
            .OrderByDescending(u => u.ValidTo)
            .FirstOrDefaultAsync(cancellationToken);
        return (null, closed is null
            ? $"Không tìm thấy xã, phường, đặc khu đang có hiệu lực tên “{text}”. Nhập đúng tên (gõ không dấu cũng được) hoặc mã đơn vị."
            : $"{closed.FullName} đã thôi hiệu lực từ {DateInput.Show(closed.ValidTo!.Value.AddDays(1))} (sắp xếp đơn vị hành chính); hãy nhập tên hoặc mã đơn vị cấp xã hiện nay.");
    }

    private static string NotCommune(AdminUnit unit) =>
        $"{unit.FullName} (mã {unit.Code}) không phải đơn vị hành chính cấp xã; chỉ xã, phường, đặc khu được xác định là vùng sâu, vùng xa.";
}

/// <summary>The unit codes whose designation a person may change; <c>null</c> codes for all units.</summary>
public sealed record EditableUnits(IReadOnlySet<string>? Codes)
{
    /// <summary>Whether any unit at all may be changed.</summary>
    public bool Any => Codes is null || Codes.Count > 0;

    /// <summary>Whether a unit may be changed: its own code or its province's is among <see cref="Codes"/>.</summary>
    public bool Covers(string code, string? provinceCode) =>
        Codes is null || Codes.Contains(code) || (provinceCode is not null && Codes.Contains(provinceCode));
}
