using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo meetings: the centre's monthly online briefing with every province as a bridge point (three
/// months back, three ahead), each demo province's quarterly briefing with its communes, and a
/// commune's six-month review. Past meetings have their points reported, minutes and conclusions.
/// Deterministic.
/// </summary>
public sealed class MeetingDemoSeeder(AppDbContext main, TimeProvider clock)
{
    public async Task<int> SeedAsync(Entities.Organization central, CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.Meetings.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var types = await db.MeetingTypes.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var provinces = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == central.Id && o.Level == OrganizationLevel.Province && o.ValidTo == null)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var random = new Random(20261122);
        var meetings = new List<Meeting>();

        // The centre's monthly briefing, on the 5th at 08:00, with all provinces.
        var firstMonth = new DateOnly(today.Year, today.Month, 5).AddMonths(-3);
        Meeting? head = null;
        for (var i = 0; i < 7; i++)
        {
            var day = firstMonth.AddMonths(i);
            var meeting = New(types[MeetingTypeCatalog.MonthlyBriefing], central.Id, $"Giao ban công tác tuyên giáo và dân vận tháng {day.Month}/{day.Year}",
                "Đồng chí Trưởng Ban Tuyên giáo và Dân vận Trung ương – chủ trì", day.ToDateTime(new TimeOnly(8, 0)), 210,
                "Hội trường Ban Tuyên giáo và Dân vận Trung ương", MeetingMode.Online, now);
            meeting.Recurrence = "Hằng tháng, ngày 5, 7 lần";
            var past = day < today;
            meeting.BridgePoints = [.. provinces.Select(p => Point(p.Id, past, random, now))];
            meeting.Agenda =
            [
                new() { Order = 1, Title = "Báo cáo kết quả công tác tháng và nhiệm vụ tháng tới", Presenter = "Vụ Tổng hợp", DurationMinutes = 30 },
                new() { Order = 2, Title = "Ý kiến của các điểm cầu", Presenter = "Các tỉnh, thành phố", DurationMinutes = 120 },
                new() { Order = 3, Title = "Kết luận của đồng chí chủ trì", DurationMinutes = 30 },
            ];
            if (past)
            {
                meeting.Minutes = "Hội nghị nghe báo cáo kết quả công tác tháng; các điểm cầu phát biểu về tình hình nhân dân và việc triển khai phong trào thi đua \"Dân vận khéo\".";
                meeting.Conclusions =
                [
                    new() { Order = 1, Text = "Các tỉnh, thành phố hoàn thành báo cáo sơ kết phong trào \"Dân vận khéo\" trước ngày 25 tháng sau.", CreatedAt = now },
                    new() { Order = 2, Text = "Nắm chắc tình hình nhân dân ở các địa bàn có dự án thu hồi đất, báo cáo kịp thời vấn đề nổi cộm.", CreatedAt = now },
                ];
            }

            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
            head ??= meeting;
            meeting.SeriesId = head.Id;
            meetings.Add(meeting);
        }

        // Each demo province's quarterly briefing with its commune party committees, and a commune's review.
        var committee = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        foreach (var province in provinces)
        {
            var communes = await db.Organizations.AsNoTracking().Where(o => o.ParentId == province.Id && o.TypeId == committee && o.ValidTo == null)
                .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            if (communes.Count == 0)
            {
                continue;
            }

            var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
            foreach (var day in new[] { quarterStart.AddMonths(-3).AddDays(14), quarterStart.AddMonths(3).AddDays(9) })
            {
                var meeting = New(types[MeetingTypeCatalog.QuarterlyBriefing], province.Id, $"Giao ban công tác dân vận quý {((day.Month - 1) / 3) + 1}/{day.Year}",
                    "Đồng chí Trưởng Ban Tuyên giáo và Dân vận – chủ trì", day.ToDateTime(new TimeOnly(14, 0)), 150, "Phòng họp trực tuyến Tỉnh ủy", MeetingMode.Hybrid, now);
                meeting.BridgePoints = [.. communes.Select(c => Point(c.Id, day < today, random, now))];
                db.Meetings.Add(meeting);
                meetings.Add(meeting);
            }

            var review = New(types[MeetingTypeCatalog.HalfYearReview], communes[0].Id, $"Sơ kết công tác dân vận 6 tháng đầu năm {today.Year}",
                "Bí thư Đảng ủy – chủ trì", new DateOnly(today.Year, 7, 10).ToDateTime(new TimeOnly(8, 0)), 180, "Hội trường Đảng ủy", MeetingMode.InPerson, now);
            db.Meetings.Add(review);
            meetings.Add(review);
        }

        await db.SaveChangesAsync(cancellationToken);
        return meetings.Count;
    }

    private static Meeting New(int typeId, int hostId, string title, string chairs, DateTime startsAt, int minutes, string place, MeetingMode mode, DateTime now) => new()
    {
        TypeId = typeId,
        HostOrganizationId = hostId,
        Title = title,
        Chairs = chairs,
        StartsAt = startsAt,
        EndsAt = startsAt.AddMinutes(minutes),
        Place = place,
        Mode = mode,
        OnlineLink = mode == MeetingMode.InPerson ? null : "https://hop.danvan.example/giao-ban",
        CreatedAt = now,
        UpdatedAt = now,
        CreatedBy = "demo",
        UpdatedBy = "demo",
    };

    private static BridgePoint Point(int organizationId, bool past, Random random, DateTime now)
    {
        if (!past)
        {
            return new BridgePoint { OrganizationId = organizationId };
        }

        var roll = random.Next(100);
        var status = roll < 90 ? ConnectionStatus.Connected : roll < 96 ? ConnectionStatus.Failed : ConnectionStatus.Absent;
        return new BridgePoint
        {
            OrganizationId = organizationId,
            Status = status,
            Location = "Phòng họp trực tuyến",
            AttendanceCount = status == ConnectionStatus.Absent ? 0 : 8 + random.Next(40),
            UpdatedAt = now,
            UpdatedBy = "demo",
        };
    }
}
