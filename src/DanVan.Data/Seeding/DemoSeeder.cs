using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Data.Petitions;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Data.Seeding;

/// <summary>
/// A demo tree: for each configured province the provincial commission with the provincial
/// Fatherland Front under it, and for each of the province's communes the party committee (under
/// the commission) and the Fatherland Front committee (under the provincial Front); one demo user
/// for each role at the centre and in each province.
/// </summary>
public sealed class DemoSeeder(AppDbContext main, IAuditActor actor, IPasswordHasher<AppUser> hasher, ILookupNormalizer normalizer, IOptions<DemoOptions> options, TimeProvider clock)
{
    public const string AuditAction = "DemoSeeded";

    /// <summary>The basis written on the demo's remote areas, so nobody takes them for a decision.</summary>
    public const string DemoBasis = "Dữ liệu minh họa";

    /// <summary>
    /// Communes of the demo provinces designated remote areas for the demo: Mỹ Lý, Nậm Cắn and
    /// Mường Típ on Nghệ An's western border, A Lưới 1 (Huế) and Ia Lốp (Đắk Lắk). Not the first
    /// communes of a province, which the demo petitions and the tests use with ordinary time limits.
    /// </summary>
    public static readonly string[] DemoRemoteAreas = ["16816", "16837", "16858", "20056", "24214"];

    private static readonly DateOnly TwoTierStart = AdminUnitImporter.TwoTierStart;

    public async Task SeedAsync(Organization central, string password, SeedReport report, CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Attach(central);
        var added = report.OrganizationsAdded;
        var types = await db.OrganizationTypes.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var accounts = new List<(string UserName, string FullName, Organization Organization, OrganizationRole Role)>
        {
            ("tw.chuyenvien", "Nguyễn Thị Lan", central, OrganizationRole.Officer),
            ("tw.lanhdao", "Trần Văn Minh", central, OrganizationRole.Leader),
        };

        foreach (var provinceCode in options.Value.Provinces)
        {
            var province = await db.AdminUnits.AsNoTracking()
                .Where(u => u.Code == provinceCode && u.Level == 1 && u.ValidTo == null)
                .SingleOrDefaultAsync(cancellationToken);
            if (province is null)
            {
                continue;
            }

            var communes = await db.AdminUnits.AsNoTracking()
                .Where(u => u.ParentCode == provinceCode && u.Level == 2 && u.ValidTo == null)
                .OrderBy(u => u.Code)
                .Select(u => new { u.Code, u.FullName })
                .ToListAsync(cancellationToken);

            var committee = province.Type == "thành phố" ? "Thành ủy" : "Tỉnh ủy";
            var commission = await AddAsync(db, [New($"Ban Tuyên giáo và Dân vận {committee} {province.Name}", types[OrganizationTypeCatalog.Commission], OrganizationLevel.Province, province.Code, central)], cancellationToken);
            var front = await AddAsync(db, [New($"Ủy ban MTTQ Việt Nam {LowerFirst(province.FullName)}", types[OrganizationTypeCatalog.FatherlandFront], OrganizationLevel.Province, province.Code, commission[0])], cancellationToken);
            var committees = communes.Select(c => New($"Đảng ủy {LowerFirst(c.FullName)}", types[OrganizationTypeCatalog.PartyCommittee], OrganizationLevel.Commune, c.Code, commission[0]));
            var fronts = communes.Select(c => New($"Ủy ban MTTQ Việt Nam {LowerFirst(c.FullName)}", types[OrganizationTypeCatalog.FatherlandFront], OrganizationLevel.Commune, c.Code, front[0]));
            var communeOrganizations = await AddAsync(db, [.. committees, .. fronts], cancellationToken);
            report.OrganizationsAdded += 2 + communeOrganizations.Count;

            var slug = Domain.Text.VietnameseText.Fold(province.Name).Replace(" ", string.Empty, StringComparison.Ordinal);
            accounts.Add(($"{slug}.chuyenvien", "Lê Thị Hoa", commission[0], OrganizationRole.Officer));
            accounts.Add(($"{slug}.lanhdao", "Phạm Văn Hùng", commission[0], OrganizationRole.Leader));
            accounts.Add(($"{slug}.quantri", "Hoàng Văn Nam", commission[0], OrganizationRole.Administrator));
            accounts.Add(($"{slug}.xa.chuyenvien", "Đặng Thị Mai", communeOrganizations[0], OrganizationRole.Officer));
        }

        // The other provinces' commissions, without their subtrees, so the centre has its 34
        // provinces to brief and to hear from.
        var others = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == 1 && u.ValidTo == null && !options.Value.Provinces.Contains(u.Code))
            .OrderBy(u => u.Code)
            .Select(u => new { u.Code, u.Name, u.Type })
            .ToListAsync(cancellationToken);
        var otherCommissions = others.Select(p => New($"Ban Tuyên giáo và Dân vận {(p.Type == "thành phố" ? "Thành ủy" : "Tỉnh ủy")} {p.Name}", types[OrganizationTypeCatalog.Commission], OrganizationLevel.Province, p.Code, central));
        report.OrganizationsAdded += (await AddAsync(db, [.. otherCommissions], cancellationToken)).Count;

        var remoteCodes = await db.AdminUnits.AsNoTracking()
            .Where(u => DemoRemoteAreas.Contains(u.Code) && u.Level == 2 && u.ValidTo == null && u.ParentCode != null && options.Value.Provinces.Contains(u.ParentCode))
            .OrderBy(u => u.Code)
            .Select(u => u.Code)
            .ToListAsync(cancellationToken);
        db.RemoteAreas.AddRange(remoteCodes.Select(code => new RemoteArea { AdminUnitCode = code, Basis = DemoBasis, UpdatedAt = clock.GetUtcNow().UtcDateTime, UpdatedBy = actor.UserName }));

        // One hash for the shared demo password: hashing is deliberately slow, and the demo
        // accounts all share it anyway.
        string? hash = null;
        foreach (var (userName, fullName, organization, role) in accounts)
        {
            var user = new AppUser
            {
                UserName = userName,
                NormalizedUserName = normalizer.NormalizeName(userName),
                FullName = fullName,
                EmailConfirmed = true,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            hash ??= hasher.HashPassword(user, password);
            user.PasswordHash = hash;
            db.Users.Add(user);
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganizationId = organization.Id, Role = role });
        }

        db.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central.Id, AuditAction,
            new { Provinces = options.Value.Provinces, Organizations = report.OrganizationsAdded - added, Accounts = accounts.Select(a => a.UserName), RemoteAreas = remoteCodes }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.NewAccounts.AddRange(accounts.Select(a => (a.UserName, password)));
    }

    private static Organization New(string name, int typeId, OrganizationLevel level, string unitCode, Organization parent) => new()
    {
        Name = name,
        TypeId = typeId,
        Level = level,
        AdminUnitCode = unitCode,
        ParentId = parent.Id,
        Parent = parent,
        ValidFrom = TwoTierStart,
    };

    private static async Task<List<Organization>> AddAsync(AppDbContext db, List<Organization> organizations, CancellationToken cancellationToken)
    {
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var organization in organizations)
        {
            organization.Path = OrganizationPath.Of(organization.Parent!.Path, organization.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return organizations;
    }

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")).ToString(), text.AsSpan(1));
}
