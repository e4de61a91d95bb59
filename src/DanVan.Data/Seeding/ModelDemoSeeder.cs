using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// A dozen demo "Dân vận khéo" models across the demo provinces: some recognised, one whose
/// recognition has expired, one replicated in two communes. Deterministic; the texts are our own.
/// </summary>
public sealed class ModelDemoSeeder(AppDbContext main, TimeProvider clock)
{
    private static readonly (string Name, ModelField Field, string Description, string Beneficiaries, (decimal Value, string Unit, string Label)[] Results)[] Samples =
    [
        ("Dân vận khéo trong làm đường giao thông nông thôn", ModelField.Economy, "Cán bộ thôn đến từng hộ vận động hiến đất, góp ngày công mở rộng đường liên thôn; công khai đóng góp tại nhà văn hóa.", "Các hộ dân ven tuyến đường liên thôn",
            [(12.5m, "km", "đường bê tông được mở rộng"), (146, "hộ", "hiến đất không nhận bồi thường")]),
        ("Tổ hòa giải ở cơ sở gắn với camera an ninh", ModelField.DefenceSecurity, "Tổ hòa giải, công an viên và người có uy tín cùng giải quyết mâu thuẫn từ sớm; nhân dân góp kinh phí lắp camera ở các ngã ba.", "Nhân dân các thôn, tổ dân phố",
            [(38, "vụ", "mâu thuẫn được hòa giải thành"), (24, "camera", "do nhân dân đóng góp")]),
        ("Chi hội phụ nữ giúp nhau thoát nghèo", ModelField.CultureSociety, "Hội viên góp vốn xoay vòng, chia sẻ cách chăn nuôi và kèm cặp hộ nghèo đến khi thoát nghèo.", "Hộ nghèo, cận nghèo do phụ nữ làm chủ",
            [(57, "hộ", "thoát nghèo"), (420, "triệu đồng", "vốn xoay vòng")]),
        ("Đảng viên nhận đỡ đầu hộ khó khăn", ModelField.PartyBuilding, "Mỗi đảng viên nhận theo dõi một hộ khó khăn, gặp gỡ hằng tháng và phản ánh kiến nghị của hộ với chi bộ.", "Hộ gia đình khó khăn",
            [(93, "hộ", "được đỡ đầu"), (31, "kiến nghị", "được giải quyết")]),
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.ExemplaryModels.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var added = 0;
        var index = 0;
        foreach (var province in (await DemoProvinces.LoadAsync(db, 5, cancellationToken)).Where(p => p.Communes.Count > 0).Take(3))
        {
            var communes = province.Communes;
            if (communes.Count < 3)
            {
                continue;
            }

            var runners = new[] { (province.Id, OrganizationLevel.Province), (communes[0].Id, communes[0].Level), (communes[1].Id, communes[1].Level), (communes[2].Id, communes[2].Level) };
            ExemplaryModel? first = null;
            for (var i = 0; i < runners.Length; i++, index++)
            {
                var sample = Samples[(i + index) % Samples.Length];
                var model = Model(sample, runners[i].Item1, runners[i].Item2, today.AddMonths(-6 - (7 * index)), now);
                model.IsPublished = i % 2 == 0;
                db.ExemplaryModels.Add(model);
                await db.SaveChangesAsync(cancellationToken);
                added++;
                first ??= model;

                // Most are recognised; the fourth of the first province has a recognition that has run out.
                if (i < 3 || index == 3)
                {
                    var from = index == 3 ? today.AddYears(-2) : model.StartedOn.AddMonths(3);
                    var yearly = index == 3;
                    db.ModelRecognitions.Add(new ModelRecognition
                    {
                        ModelId = model.Id,
                        OrganizationId = model.OrganizationId,
                        DecisionNumber = $"{100 + index}-QĐ/BTGDV",
                        DecidedOn = from,
                        IssuedBy = province.Name,
                        Level = OrganizationLevel.Province,
                        ValidFrom = from,
                        ValidTo = yearly ? null : from.AddYears(3),
                        ReevaluateYearly = yearly,
                        LastDay = RecognitionValidity.LastDay(from, yearly ? null : from.AddYears(3), yearly),
                        CreatedAt = now,
                        CreatedBy = "admin",
                    });
                }
            }

            // The first province's first model is replicated in two of its communes.
            if (added == runners.Length && first is not null)
            {
                foreach (var commune in communes.Skip(3).Take(2))
                {
                    var replica = Model(Samples[0], commune.Id, commune.Level, today.AddMonths(-3), now);
                    replica.OriginId = first.Id;
                    replica.RootId = first.Id;
                    db.ExemplaryModels.Add(replica);
                    added++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private static ExemplaryModel Model(
        (string Name, ModelField Field, string Description, string Beneficiaries, (decimal Value, string Unit, string Label)[] Results) sample,
        int organizationId, OrganizationLevel level, DateOnly startedOn, DateTime now) => new()
        {
            Name = sample.Name,
            Field = sample.Field,
            OrganizationId = organizationId,
            Level = level,
            StartedOn = startedOn,
            Description = sample.Description,
            Goals = "Phát huy vai trò chủ thể của nhân dân, để dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
            Beneficiaries = sample.Beneficiaries,
            Results = [.. sample.Results.Select((r, i) => new ModelResult { Order = i + 1, Value = r.Value, Unit = r.Unit, Label = r.Label })],
            CreatedAt = now,
            CreatedBy = "admin",
            UpdatedAt = now,
            UpdatedBy = "admin",
        };
}
