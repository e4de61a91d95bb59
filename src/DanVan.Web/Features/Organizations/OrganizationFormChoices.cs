using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>The options a create or edit form offers: types, administrative units and possible parents.</summary>
public sealed class OrganizationFormChoices(AppDbContext db, OrganizationScope scope, OrganizationDirectory directory, TimeProvider clock)
{
    public sealed record Choice(string Value, string Text);

    public IReadOnlyList<OrganizationTypeDto> Types { get; private set; } = [];

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    public async Task LoadAsync(int? parentId, int? editingId, CancellationToken cancellationToken)
    {
        Types = await directory.TypesAsync(activeOnly: true, cancellationToken);
        var parent = parentId is { } id ? await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var units = db.AdminUnits.AsNoTracking().Where(u => u.ValidTo == null || u.ValidTo >= today);
        // Under a province: the province and its communes; under the centre: the provinces.
        units = parent?.AdminUnitCode is { } province && parent.Level == OrganizationLevel.Province
            ? units.Where(u => u.Code == province || u.ParentCode == province)
            : parent?.AdminUnitCode is { } own ? units.Where(u => u.Code == own) : units.Where(u => u.Level == 1);
        var unitRows = await units.OrderBy(u => u.Level).ThenBy(u => u.Code).Select(u => new { u.Code, u.FullName }).ToListAsync(cancellationToken);
        Units = unitRows.Select(u => new Choice(u.Code, $"{u.FullName} ({u.Code})")).ToList();

        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var candidates = db.Organizations.AsNoTracking().WithinAnySubtree(managed).Where(o => o.ValidTo == null && o.Level <= OrganizationLevel.Province);
        if (editingId is { } editing)
        {
            candidates = candidates.Where(o => o.Id != editing && !o.Path.Contains("/" + editing + "/"));
        }

        var parents = await candidates.Take(500).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        if (parent is not null && parents.All(p => p.Id != parent.Id))
        {
            parents.Add(new { parent.Id, parent.Name });
        }

        Parents = parents.OrderBy(p => p.Name, VietnameseText.Collation)
            .Select(p => new Choice(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name))
            .ToList();
    }
}
