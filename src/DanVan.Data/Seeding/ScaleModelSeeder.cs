using DanVan.Data.Auditing;
using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The "Dân vận khéo" models of the national data set (QUALITY.md: about 50,000), started over
/// the years since 2018 by the provincial commissions and organisations and by the communes'
/// party committees and organisations, in all four fields, each with its measurable results.
/// About a third are replicas of an earlier model of another organisation in the province,
/// linked to it and to the root of its tree, several generations deep. About half have
/// recognition decisions: open-ended, for a term (some about to end, some ended) or re-evaluated
/// yearly (renewed for a few years, then lapsed or still running). Rows are filled as the app
/// fills them (the level of the running organisation, the folded search text from the name and
/// description setters, the root of a replica, each decision's last day). Written in bulk, one
/// province per transaction; a province whose commission already runs models is skipped, so a
/// stopped run resumes. Deterministic for a seed and a day.
/// </summary>
public sealed class ScaleModelSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleModelsSeeded";

    /// <summary>The first start day of the data set's models.</summary>
    public static readonly DateOnly FirstDay = new(2018, 1, 1);

    private const int CommissionModels = 60;
    private const int ProvincialOrganizationModels = 40;
    private const int CommitteeModels = 7;
    private const int CommuneFrontModels = 2;

    // A commune member organisation runs none, one or two.
    private const int CommuneOrganizationModelsBound = 3;

    // Out of 100: the models that replicate an earlier one, and of those, the ones replicating a replica.
    private const int ReplicaPercent = 33;
    private const int ReplicaOfReplicaPercent = 45;
    private const int MaxGeneration = 6;

    private static readonly (ModelField Field, string Name, string Description, string Beneficiaries)[] Templates =
    [
        (ModelField.Economy, "Dân vận khéo trong xây dựng nông thôn mới", "Cán bộ thôn đến từng hộ vận động góp công, góp đất làm đường, kênh mương nội đồng; mọi khoản đóng góp được công khai tại nhà văn hóa.", "Nhân dân các thôn, bản"),
        (ModelField.Economy, "Hiến đất mở rộng đường giao thông nông thôn", "Chi bộ và Mặt trận vận động các hộ ven tuyến hiến đất, tháo dỡ công trình phụ, không nhận bồi thường để mở rộng đường liên thôn.", "Các hộ dân ven tuyến đường"),
        (ModelField.Economy, "Tổ hợp tác sản xuất lúa hữu cơ", "Nông dân liên kết sản xuất theo quy trình hữu cơ, dùng chung giống và máy gặt, ký hợp đồng bao tiêu với doanh nghiệp.", "Hộ trồng lúa"),
        (ModelField.Economy, "Vườn cây ăn quả kiểu mẫu gắn với du lịch cộng đồng", "Hội Nông dân hướng dẫn cải tạo vườn tạp, trồng cây ăn quả đặc sản và đón khách tham quan, trải nghiệm.", "Hộ làm vườn, lao động nông thôn"),
        (ModelField.Economy, "Hợp tác xã nuôi trồng thủy sản bền vững", "Xã viên nuôi tôm, cá theo chuẩn VietGAP, quan trắc nước chung và bán sản phẩm qua sàn thương mại điện tử.", "Hộ nuôi trồng thủy sản"),
        (ModelField.Economy, "Chợ phiên nông sản an toàn", "Hội Phụ nữ tổ chức chợ phiên cuối tuần cho nông sản có truy xuất nguồn gốc, thanh toán không dùng tiền mặt.", "Người sản xuất và người tiêu dùng"),
        (ModelField.CultureSociety, "Chi hội phụ nữ giúp nhau thoát nghèo", "Hội viên góp vốn xoay vòng, chia sẻ cách chăn nuôi và kèm cặp hộ nghèo đến khi thoát nghèo.", "Hộ nghèo, cận nghèo do phụ nữ làm chủ"),
        (ModelField.CultureSociety, "Khu dân cư phân loại rác tại nguồn", "Các tổ tự quản hướng dẫn từng hộ phân loại rác, ủ phân hữu cơ và đổi rác tái chế lấy quà.", "Nhân dân khu dân cư"),
        (ModelField.CultureSociety, "Tuyến đường hoa, cây xanh tự quản", "Đoàn Thanh niên và Hội Phụ nữ nhận trồng, chăm sóc tuyến đường hoa; mỗi hộ tự quản đoạn trước nhà.", "Nhân dân ven tuyến đường"),
        (ModelField.CultureSociety, "Quỹ khuyến học dòng họ", "Các dòng họ lập quỹ khuyến học, khen thưởng học sinh giỏi và hỗ trợ học sinh có hoàn cảnh khó khăn.", "Học sinh, sinh viên"),
        (ModelField.CultureSociety, "Mái ấm tình thương cho hộ khó khăn về nhà ở", "Mặt trận vận động doanh nghiệp, nhà hảo tâm và ngày công của nhân dân xây, sửa nhà cho hộ khó khăn.", "Hộ nghèo, gia đình chính sách"),
        (ModelField.CultureSociety, "Tủ sách cộng đồng và lớp học tình thương", "Cựu giáo chức và đoàn viên mở tủ sách, dạy chữ, dạy kỹ năng cho trẻ em và người lớn tuổi.", "Trẻ em, người cao tuổi"),
        (ModelField.DefenceSecurity, "Tổ hòa giải ở cơ sở gắn với camera an ninh", "Tổ hòa giải, công an viên và người có uy tín cùng giải quyết mâu thuẫn từ sớm; nhân dân góp kinh phí lắp camera ở các ngã ba.", "Nhân dân các thôn, tổ dân phố"),
        (ModelField.DefenceSecurity, "Tổ tự quản an ninh trật tự khu dân cư", "Các hộ liền kề tự quản, báo tin khi có người lạ, phối hợp tuần tra ban đêm với công an xã.", "Nhân dân khu dân cư"),
        (ModelField.DefenceSecurity, "Dân quân tham gia phòng, chống thiên tai", "Dân quân và thanh niên xung kích giúp dân chằng chống nhà cửa, di dời người và tài sản khi có bão, lũ.", "Hộ ở vùng thường xuyên bị thiên tai"),
        (ModelField.DefenceSecurity, "Đồng bào dân tộc thiểu số giữ gìn đường biên, cột mốc", "Người có uy tín vận động đồng bào cùng bộ đội biên phòng tuần tra, bảo vệ đường biên, cột mốc.", "Đồng bào các dân tộc vùng biên giới"),
        (ModelField.DefenceSecurity, "Thanh niên tình nguyện tuần tra giao thông", "Đoàn viên thanh niên nhắc nhở người dân đội mũ bảo hiểm, không uống rượu bia khi lái xe, giúp đỡ người bị nạn.", "Người tham gia giao thông"),
        (ModelField.DefenceSecurity, "Camera giám sát an ninh do nhân dân đóng góp", "Nhân dân góp kinh phí lắp camera tại các tuyến đường, ngõ xóm; hình ảnh được nối về trụ sở công an xã.", "Nhân dân các thôn, tổ dân phố"),
        (ModelField.PartyBuilding, "Đảng viên nhận đỡ đầu hộ khó khăn", "Mỗi đảng viên nhận theo dõi một hộ khó khăn, gặp gỡ hằng tháng và phản ánh kiến nghị của hộ với chi bộ.", "Hộ gia đình khó khăn"),
        (ModelField.PartyBuilding, "Bí thư chi bộ đối thoại với nhân dân hằng tháng", "Bí thư chi bộ và trưởng thôn đối thoại trực tiếp với nhân dân mỗi tháng, trả lời ngay những việc thuộc thẩm quyền.", "Nhân dân thôn, tổ dân phố"),
        (ModelField.PartyBuilding, "Chuyển đổi số trong sinh hoạt chi bộ", "Chi bộ dùng sổ tay đảng viên điện tử, tài liệu sinh hoạt gửi trước qua mạng, nhóm trao đổi với nhân dân.", "Đảng viên và nhân dân"),
        (ModelField.PartyBuilding, "Cán bộ, công chức gần dân, sát dân", "Cán bộ, công chức được phân công phụ trách từng thôn, dự họp thôn và giải quyết thủ tục tại nhà cho người cao tuổi.", "Nhân dân, người cao tuổi"),
        (ModelField.PartyBuilding, "Người đứng đầu tiếp công dân định kỳ", "Người đứng đầu cấp ủy, chính quyền tiếp công dân định kỳ và đột xuất, theo dõi việc giải quyết đến cùng.", "Công dân có kiến nghị, khiếu nại"),
        (ModelField.PartyBuilding, "Mặt trận lắng nghe ý kiến nhân dân qua mạng xã hội", "Ban công tác Mặt trận lập nhóm trên mạng xã hội để nhận, chuyển và trả lời kiến nghị của nhân dân.", "Nhân dân khu dân cư"),
    ];

    private static readonly string[] Places =
    [
        "", "", "", " ở thôn Đông", " ở thôn Trung", " ở bản Mường", " ở tổ dân phố số 3", " ở khu phố 5", " ở ấp Tân Lập", " ở buôn Ea Sar",
        " vùng đồng bào dân tộc thiểu số", " vùng giáo", " ở làng nghề", " vùng biển",
    ];

    private static readonly string[] Goals =
    [
        "Phát huy vai trò chủ thể của nhân dân, để dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
        "Củng cố niềm tin của nhân dân với Đảng, chính quyền; giải quyết từ cơ sở những việc dân cần.",
        "Nâng cao đời sống vật chất, tinh thần của nhân dân, góp phần giảm nghèo bền vững.",
    ];

    private static readonly (string Unit, string Label, int Low, int High)[] Measures =
    [
        ("hộ", "được hỗ trợ, hưởng lợi", 20, 600), ("hộ", "thoát nghèo", 3, 120), ("km", "đường được mở rộng, bê tông hóa", 1, 40),
        ("m²", "đất do nhân dân hiến", 200, 20_000), ("triệu đồng", "do nhân dân đóng góp", 50, 5_000), ("ngày công", "của nhân dân", 100, 8_000),
        ("vụ", "mâu thuẫn được hòa giải thành", 2, 90), ("camera", "được lắp đặt", 4, 120), ("buổi", "đối thoại, tiếp dân", 4, 60),
        ("kiến nghị", "được giải quyết", 5, 400), ("học sinh", "được khen thưởng, hỗ trợ", 10, 500), ("tấn", "rác được phân loại tại nguồn", 5, 900),
    ];

    public async Task<ScaleModelResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var tree = await ScaleTree.LoadAsync(bulk, cancellationToken);
        var running = await bulk.ExemplaryModels.Select(m => m.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var todo = tree.Provinces.Where(p => !running.Contains(p.Commission.Id)).ToList();
        if (todo.Count == 0)
        {
            return new ScaleModelResult(await bulk.ExemplaryModels.CountAsync(cancellationToken), 0, 0);
        }

        var expected = todo.Sum(Estimate);
        var (added, recognitions) = (0, 0);
        foreach (var province in todo)
        {
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
            var plan = new ModelPlan(new Random(unchecked((seed * 409) ^ province.Commission.Id)), today, now, province);
#pragma warning restore CA5394
            var (models, decisions) = await WriteAsync(bulk, plan.Build(), cancellationToken);
            (added, recognitions) = (added + models, recognitions + decisions);
            progress?.Report(new ScaleSeedProgress("Mô hình Dân vận khéo", added, expected));
        }

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, tree.Central.Id, AuditAction, new { Provinces = todo.Count, Models = added, Recognitions = recognitions }));
        await bulk.SaveChangesAsync(cancellationToken);
        if (bulk.Database.IsNpgsql())
        {
            // Autovacuum analyses a table while it is being filled and not again for a while: the
            // planner would take the models for fewer than they are and scan them all for a
            // province. Vacuumed too, so that the decisions' index answers without the table.
            await bulk.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"ExemplaryModels\", \"ModelResults\", \"ModelRecognitions\"", cancellationToken);
        }

        return new ScaleModelResult(await bulk.ExemplaryModels.CountAsync(cancellationToken), added, recognitions);
    }

    private static int Estimate(ScaleProvince province) =>
        CommissionModels + (province.ProvincialOrganizations.Count * ProvincialOrganizationModels) + (province.Committees.Count * CommitteeModels)
        + (province.CommuneOrganizations.Count * (CommuneOrganizationModelsBound - 1) / 2);

    /// <summary>Writes the originals, then each generation of replicas with its origins' ids, then the results and decisions; in one transaction.</summary>
    private static async Task<(int Models, int Recognitions)> WriteAsync(AppDbContext bulk, List<PlannedModel> planned, CancellationToken cancellationToken)
    {
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var ids = new long[planned.Count];
        var roots = new long[planned.Count];
        foreach (var generation in planned.Select(p => p.Generation).Distinct().Order())
        {
            var indexes = Enumerable.Range(0, planned.Count).Where(i => planned[i].Generation == generation).ToList();
            foreach (var i in indexes)
            {
                if (planned[i].Origin is { } origin)
                {
                    planned[i].Model.OriginId = ids[origin];
                    planned[i].Model.RootId = roots[origin];
                }
            }

            var last = await bulk.ExemplaryModels.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
            await BulkInsert.InsertAsync(bulk, indexes.ConvertAll(i => planned[i].Model), cancellationToken);
            var newIds = await bulk.ExemplaryModels.AsNoTracking().Where(m => m.Id > last).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
            for (var k = 0; k < indexes.Count; k++)
            {
                ids[indexes[k]] = newIds[k];
                roots[indexes[k]] = planned[indexes[k]].Model.RootId ?? newIds[k];
            }
        }

        var results = new List<ModelResult>();
        var recognitions = new List<ModelRecognition>();
        for (var i = 0; i < planned.Count; i++)
        {
            foreach (var result in planned[i].Model.Results)
            {
                result.ModelId = ids[i];
                results.Add(result);
            }

            foreach (var recognition in planned[i].Recognitions)
            {
                recognition.ModelId = ids[i];
                recognitions.Add(recognition);
            }
        }

        await BulkInsert.InsertAsync(bulk, results, cancellationToken);
        await BulkInsert.InsertAsync(bulk, recognitions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (planned.Count, recognitions.Count);
    }

    /// <summary>A model to write: its replication generation (0 for an original) and the index of its origin in the plan.</summary>
    private sealed record PlannedModel(ExemplaryModel Model, int Template, int Generation, int? Origin, List<ModelRecognition> Recognitions);

#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
    /// <summary>One province's models, in the order they started.</summary>
    private sealed class ModelPlan(Random random, DateOnly today, DateTime now, ScaleProvince province)
    {
        private readonly DateOnly _lastStart = today.AddDays(-14);
        private int _decisions;

        public List<PlannedModel> Build()
        {
            var runners = new List<ScaleOrganization>();
            runners.AddRange(Enumerable.Repeat(province.Commission, CommissionModels));
            foreach (var organization in province.ProvincialOrganizations)
            {
                runners.AddRange(Enumerable.Repeat(organization, ProvincialOrganizationModels));
            }

            foreach (var organization in province.Committees)
            {
                runners.AddRange(Enumerable.Repeat(organization, CommitteeModels));
            }

            foreach (var organization in province.CommuneOrganizations)
            {
                var count = organization.TypeCode == OrganizationTypeCatalog.FatherlandFront ? CommuneFrontModels : random.Next(CommuneOrganizationModelsBound);
                runners.AddRange(Enumerable.Repeat(organization, count));
            }

            var starts = runners.ConvertAll(_ => Between(FirstDay, _lastStart));
            var order = Enumerable.Range(0, runners.Count).OrderBy(i => starts[i]).ThenBy(i => i).ToList();
            var planned = new List<PlannedModel>(runners.Count);
            var replicas = new List<int>();
            // The models started at least a month before the current one, as a prefix of the plan (and of the replicas).
            var (ready, readyReplicas) = (0, 0);
            foreach (var i in order)
            {
                var start = starts[i];
                while (ready < planned.Count && planned[ready].Model.StartedOn <= start.AddDays(-30))
                {
                    ready++;
                }

                while (readyReplicas < replicas.Count && replicas[readyReplicas] < ready)
                {
                    readyReplicas++;
                }

                int? origin = null;
                if (ready > 0 && random.Next(100) < ReplicaPercent)
                {
                    var candidate = readyReplicas > 0 && random.Next(100) < ReplicaOfReplicaPercent ? replicas[random.Next(readyReplicas)] : random.Next(ready);
                    if (planned[candidate].Model.OrganizationId != runners[i].Id && planned[candidate].Generation < MaxGeneration)
                    {
                        origin = candidate;
                    }
                }

                if (origin is { } o)
                {
                    replicas.Add(planned.Count);
                    planned.Add(Replica(planned[o], o, runners[i], start));
                }
                else
                {
                    planned.Add(Original(runners[i], start));
                }
            }

            return planned;
        }

        private PlannedModel Original(ScaleOrganization runner, DateOnly start)
        {
            var template = random.Next(Templates.Length);
            var (field, name, description, beneficiaries) = Templates[template];
            var model = New(runner, start, field, name + Places[random.Next(Places.Length)], description, Goals[random.Next(Goals.Length)], beneficiaries, template);
            return new PlannedModel(model, template, 0, null, Recognise(model, runner));
        }

        /// <summary>As <c>SaveModel.ReplicateAsync</c> makes it: the origin's field, description, goals and beneficiaries, its name or another place's.</summary>
        private PlannedModel Replica(PlannedModel origin, int originIndex, ScaleOrganization runner, DateOnly start)
        {
            var source = origin.Model;
            var name = random.Next(3) == 0 ? Templates[origin.Template].Name + Places[random.Next(Places.Length)] : source.Name;
            var model = New(runner, start, source.Field, name, source.Description, source.Goals, source.Beneficiaries, origin.Template);
            return new PlannedModel(model, origin.Template, origin.Generation + 1, originIndex, Recognise(model, runner));
        }

        private ExemplaryModel New(ScaleOrganization runner, DateOnly start, ModelField field, string name, string description, string? goals, string? beneficiaries, int template)
        {
            var created = DateTime.SpecifyKind(start.AddDays(random.Next(1, 20)).ToDateTime(new TimeOnly(2 + random.Next(8), random.Next(60))), DateTimeKind.Utc);
            created = created < now ? created : now;
            return new ExemplaryModel
            {
                OrganizationId = runner.Id,
                Level = runner.Level,
                Name = name,
                Field = field,
                StartedOn = start,
                Description = description,
                Goals = goals,
                Beneficiaries = beneficiaries,
                Results = Results(template),
                CreatedAt = created,
                CreatedBy = "seed",
                UpdatedAt = created,
                UpdatedBy = "seed",
            };
        }

        /// <summary>One to four results, the first measure chosen for the template.</summary>
        private List<ModelResult> Results(int template)
        {
            var count = 1 + random.Next(4);
            var results = new List<ModelResult>(count);
            for (var k = 0; k < count; k++)
            {
                var (unit, label, low, high) = Measures[(template + (k * 5) + (k == 0 ? 0 : random.Next(Measures.Length))) % Measures.Length];
                var value = (decimal)random.Next(low, high + 1);
                if (unit == "km")
                {
                    value += random.Next(10) / 10m;
                }

                results.Add(new ModelResult { Order = k + 1, Value = value, Unit = unit, Label = label });
            }

            return results;
        }

        /// <summary>
        /// About half the models are recognised a few months after they start: open-ended, for two or
        /// three years (a few ending within the month), or re-evaluated yearly and renewed each year
        /// until a year it is not.
        /// </summary>
        private List<ModelRecognition> Recognise(ExemplaryModel model, ScaleOrganization runner)
        {
            var decisions = Decisions(model, runner);
            // Most recognised models are published on the showcase, a few others too (shown there only once recognised).
            model.IsPublished = random.Next(100) < (decisions.Count > 0 ? 60 : 10);
            return decisions;
        }

        private List<ModelRecognition> Decisions(ExemplaryModel model, ScaleOrganization runner)
        {
            var from = model.StartedOn.AddDays(60 + random.Next(400));
            var roll = random.Next(100);
            if (roll < 48 || from > today)
            {
                return [];
            }

            if (roll < 58)
            {
                return [Decision(model, runner, from, null, false)];
            }

            if (roll < 78)
            {
                var to = from.AddYears(2 + random.Next(2)).AddDays(-1);
                return [Decision(model, runner, from, to, false)];
            }

            if (roll < 82)
            {
                // Ends within the month: shown as about to expire.
                var end = today.AddDays(random.Next(RecognitionValidity.ExpiringWithinDays));
                var start = end.AddYears(-2).AddDays(1);
                return start < model.StartedOn || start > today ? [] : [Decision(model, runner, start, end, false)];
            }

            var decisions = new List<ModelRecognition>();
            for (var year = from; year <= today; year = year.AddYears(1))
            {
                decisions.Add(Decision(model, runner, year, null, true));
                if (random.Next(5) == 0)
                {
                    break;
                }
            }

            return decisions;
        }

        private ModelRecognition Decision(ExemplaryModel model, ScaleOrganization runner, DateOnly from, DateOnly? to, bool yearly)
        {
            var byCommune = runner.Level == OrganizationLevel.Commune && runner.TypeCode == OrganizationTypeCatalog.PartyCommittee && random.Next(2) == 0;
            _decisions++;
            return new ModelRecognition
            {
                OrganizationId = model.OrganizationId,
                DecisionNumber = byCommune ? $"{_decisions % 1000 + 1}-QĐ/ĐU" : $"{_decisions}-QĐ/BTGDVTU",
                DecidedOn = from,
                IssuedBy = byCommune ? runner.Name : province.Commission.Name,
                Level = byCommune ? OrganizationLevel.Commune : OrganizationLevel.Province,
                ValidFrom = from,
                ValidTo = to,
                ReevaluateYearly = yearly,
                LastDay = RecognitionValidity.LastDay(from, to, yearly),
                CreatedAt = DateTime.SpecifyKind(from.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc),
                CreatedBy = "seed",
            };
        }

        private DateOnly Between(DateOnly first, DateOnly last) =>
            last <= first ? first : first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));
    }
#pragma warning restore CA5394
}

/// <summary>What the model seeding did: the models now in the database, those it added, and their recognition decisions.</summary>
public sealed record ScaleModelResult(int Models, int Added, int RecognitionsAdded);
