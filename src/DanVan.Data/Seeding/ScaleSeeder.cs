using System.Globalization;
using System.Text.Json;
using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Data.Seeding;

/// <summary>
/// Builds the organisations of the national data set (QUALITY.md) over the real 2025 units: for
/// each province its commission with the provincial Fatherland Front and four member
/// organisations under it; for each commune its party committee (under the commission), its
/// Fatherland Front (under the provincial Front) and four member organisations under that —
/// about 20,000 organisations for the whole country. The same units, scale and seed always give
/// the same rows in the same order.
/// </summary>
public sealed class ScaleSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleSeeded";

    // One commune member organisation in this many is closed, so that lists of open
    // organisations have something to leave out.
    private const int ClosedOneIn = 60;

    private static readonly string[] MemberTypes = ["HND", "HLHPN", "DTN", "HCCB"];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<ScaleSeedResult> SeedAsync(ScaleSeedRequest request, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var central = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == null)
            .OrderBy(o => o.Id)
            .Select(o => new PlacedOrganization(o.Id, o.Path))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ScaleSeedException("Chưa có tổ chức Trung ương: cơ sở dữ liệu chưa được khởi tạo.");
        var types = await LoadTypesAsync(cancellationToken);
        var provinces = await LoadProvincesAsync(request, cancellationToken);
        var provinceCodes = provinces.Select(p => p.Code).ToList();
        var seeded = await db.Organizations.AsNoTracking()
            .Where(o => o.TypeId == types[OrganizationTypeCatalog.Commission].Id && o.Level == OrganizationLevel.Province)
            .Where(o => o.AdminUnitCode != null && provinceCodes.Contains(o.AdminUnitCode))
            .Select(o => o.AdminUnitCode!)
            .Distinct()
            .ToListAsync(cancellationToken);
        var todo = provinces.Where(p => !seeded.Contains(p.Code)).ToList();
        if (todo.Count == 0)
        {
            return new ScaleSeedResult(0, provinces.Count, 0, 0, 0);
        }

        var todoCodes = todo.Select(p => p.Code).ToList();
        var communes = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == 2 && u.ValidTo == null && u.ParentCode != null && todoCodes.Contains(u.ParentCode))
            .OrderBy(u => u.ParentCode).ThenBy(u => u.Code)
            .Select(u => new UnitRef(u.Code, u.Name, u.Type, u.FullName, u.ParentCode))
            .ToListAsync(cancellationToken);

        await using var bulk = CreateBulkContext();
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var writer = new OrganizationBatchWriter(bulk, (todo.Count + communes.Count) * (2 + MemberTypes.Length), progress);

        // Level by level: a row's path ends in its own id, so its parent must be written first.
        var commissions = await writer.InsertAsync(
            "Ban Tuyên giáo và Dân vận cấp tỉnh",
            todo.Select(p => new PlannedOrganization(New(CommissionName(p), types[OrganizationTypeCatalog.Commission].Id, OrganizationLevel.Province, p.Code), central)).ToList(),
            cancellationToken);
        var commissionOf = todo.Select((p, i) => (p.Code, commissions[i])).ToDictionary(x => x.Code, x => x.Item2);

        var provincial = new List<PlannedOrganization>();
        foreach (var province in todo)
        {
            foreach (var code in (string[])[OrganizationTypeCatalog.FatherlandFront, .. MemberTypes])
            {
                provincial.Add(new PlannedOrganization(New(NameOf(types[code].Name, province), types[code].Id, OrganizationLevel.Province, province.Code), commissionOf[province.Code]));
            }
        }

        var provincialPlaced = await writer.InsertAsync("Mặt trận và đoàn thể cấp tỉnh", provincial, cancellationToken);
        // The Front comes first of each province's group of 1 + members.
        var frontOf = todo.Select((p, i) => (p.Code, provincialPlaced[i * (1 + MemberTypes.Length)])).ToDictionary(x => x.Code, x => x.Item2);

        var partyType = types[OrganizationTypeCatalog.PartyCommittee];
        await writer.InsertAsync(
            "Đảng ủy cấp xã",
            communes.Select(c => new PlannedOrganization(New(NameOf(partyType.Name, c), partyType.Id, OrganizationLevel.Commune, c.Code), commissionOf[c.ParentCode!])).ToList(),
            cancellationToken);

        var frontType = types[OrganizationTypeCatalog.FatherlandFront];
        var communeFronts = await writer.InsertAsync(
            "Mặt trận Tổ quốc cấp xã",
            communes.Select(c => new PlannedOrganization(New(NameOf(frontType.Name, c), frontType.Id, OrganizationLevel.Commune, c.Code), frontOf[c.ParentCode!])).ToList(),
            cancellationToken);

#pragma warning disable CA5394 // A seeded, repeatable sequence is the point here, not unpredictability.
        var random = new Random(request.Seed);
        var members = new List<PlannedOrganization>(communes.Count * MemberTypes.Length);
        var closed = 0;
        for (var i = 0; i < communes.Count; i++)
        {
            foreach (var code in MemberTypes)
            {
                var organization = New(NameOf(types[code].Name, communes[i]), types[code].Id, OrganizationLevel.Commune, communes[i].Code);
                if (random.Next(ClosedOneIn) == 0)
                {
                    organization.ValidTo = AdminUnitImporter.TwoTierStart.AddDays(92 + random.Next(270));
                    closed++;
                }

                members.Add(new PlannedOrganization(organization, communeFronts[i]));
            }
        }
#pragma warning restore CA5394

        await writer.InsertAsync("Đoàn thể cấp xã", members, cancellationToken);

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central.Id, AuditAction,
            new { Scale = request.Scale.ToString(), request.Seed, Provinces = todoCodes, Communes = communes.Count, Organizations = writer.Written, Closed = closed }));
        await bulk.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScaleSeedResult(todo.Count, provinces.Count - todo.Count, communes.Count, writer.Written, closed);
    }

    private async Task<Dictionary<string, (int Id, string Name)>> LoadTypesAsync(CancellationToken cancellationToken)
    {
        var types = await db.OrganizationTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => (t.Id, t.Name), cancellationToken);
        string[] needed = [OrganizationTypeCatalog.Commission, OrganizationTypeCatalog.PartyCommittee, OrganizationTypeCatalog.FatherlandFront, .. MemberTypes];
        var missing = needed.Where(code => !types.ContainsKey(code)).ToList();
        return missing.Count == 0
            ? types
            : throw new ScaleSeedException($"Thiếu loại tổ chức: {string.Join(", ", missing)}.");
    }

    private async Task<List<UnitRef>> LoadProvincesAsync(ScaleSeedRequest request, CancellationToken cancellationToken)
    {
        var provinces = db.AdminUnits.AsNoTracking().Where(u => u.Level == 1 && u.ValidTo == null);
        if (request.Scale == DataSetScale.Province)
        {
            provinces = provinces.Where(u => u.Code == request.ProvinceCode);
        }

        var list = await provinces.OrderBy(u => u.Code)
            .Select(u => new UnitRef(u.Code, u.Name, u.Type, u.FullName, u.ParentCode))
            .ToListAsync(cancellationToken);
        return list.Count > 0
            ? list
            : throw new ScaleSeedException(request.Scale == DataSetScale.Province
                ? $"Không có tỉnh, thành phố mã \"{request.ProvinceCode}\" đang có hiệu lực."
                : "Chưa có danh mục đơn vị hành chính: hãy chạy \"danvan seed units\" trước.");
    }

    /// <summary>The meetings of the data set, seeded after the organisations (and before the tasks, which carry out their conclusions).</summary>
    public static ScaleMeetingSeeder Meetings(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleMeetingSeeder>(services);

    /// <summary>The tasks of the data set, seeded after the meetings.</summary>
    public static ScaleTaskSeeder Tasks(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleTaskSeeder>(services);

    /// <summary>The people of the data set: an officer and a leader of every organisation.</summary>
    public static ScalePeopleSeeder People(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScalePeopleSeeder>(services);

    /// <summary>The campaigns of the data set, with their participants and results.</summary>
    public static ScaleCampaignSeeder Campaigns(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleCampaignSeeder>(services);

    /// <summary>The "Dân vận khéo" models of the data set, with their replication chains, results and recognition decisions.</summary>
    public static ScaleModelSeeder Models(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleModelSeeder>(services);

    /// <summary>The sentiment reports of the data set, seeded after the organisations.</summary>
    public static ScaleSentimentSeeder Sentiment(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleSentimentSeeder>(services);

    /// <summary>The audit trail of the data set's five years of work.</summary>
    public static ScaleAuditSeeder Audit(IServiceProvider services) => ActivatorUtilities.CreateInstance<ScaleAuditSeeder>(services);

    private AppDbContext CreateBulkContext() => UnauditedContext.For(db);

    private static Organization New(string name, int typeId, OrganizationLevel level, string unitCode) => new()
    {
        Name = name,
        TypeId = typeId,
        Level = level,
        AdminUnitCode = unitCode,
        ValidFrom = AdminUnitImporter.TwoTierStart,
    };

    /// <summary>"Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "… Thành ủy Hà Nội".</summary>
    private static string CommissionName(UnitRef province) =>
        $"Ban Tuyên giáo và Dân vận {(province.Type == "thành phố" ? "Thành ủy" : "Tỉnh ủy")} {province.Name}";

    /// <summary>"Hội Nông dân" + "Xã Quỳnh Lưu" → "Hội Nông dân xã Quỳnh Lưu".</summary>
    private static string NameOf(string typeName, UnitRef unit) =>
        string.Concat(typeName, " ", char.ToLower(unit.FullName[0], Vietnamese).ToString(), unit.FullName.AsSpan(1));

    private sealed record UnitRef(string Code, string Name, string Type, string FullName, string? ParentCode);
}
