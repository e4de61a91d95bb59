using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo reception sessions and dialogues: in each demo province, the secretaries of the first three
/// communes received citizens over the last six months — the first on two days every month, the
/// second missing a day in some months, the third only through a deputy once — with one ad hoc
/// session, and each first commune held a dialogue. Written once, on an empty session table.
/// </summary>
public sealed class ReceptionDemoSeeder(AppDbContext main, TimeProvider clock)
{
    private static readonly string[] Matters =
    [
        "Công dân đề nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho thửa đất đã sử dụng ổn định từ năm 1995.",
        "Hộ dân thôn 3 phản ánh đường giao thông nội đồng xuống cấp, mùa mưa đi lại khó khăn.",
        "Công dân hỏi về chế độ trợ cấp cho người có công và thủ tục hưởng bảo hiểm xã hội một lần.",
        "Nhiều hộ dân kiến nghị công khai phương án bồi thường khi mở rộng đường liên xã.",
    ];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.ReceptionSessions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var sessions = new List<ReceptionSession>();
        foreach (var province in await DemoProvinces.LoadAsync(db, 3, cancellationToken))
        {
            var communes = province.Communes;
            for (var back = 5; back >= 0; back--)
            {
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
                for (var i = 0; i < communes.Count; i++)
                {
                    // The first commune meets its two days every month; the second misses one in odd months; the third sends a deputy.
                    var days = i switch
                    {
                        0 => new[] { Weekday(month.AddDays(4)), Weekday(month.AddDays(18)) },
                        1 => month.Month % 2 == 1 ? [Weekday(month.AddDays(9))] : [Weekday(month.AddDays(9)), Weekday(month.AddDays(23))],
                        _ => [Weekday(month.AddDays(14))],
                    };
                    foreach (var day in days.Where(d => d <= today))
                    {
                        sessions.Add(Session(communes[i].Id, day, headInPerson: i < 2 || back % 3 != 0, now, sessions.Count));
                    }
                }
            }

            if (communes.Count > 0 && Weekday(today.AddDays(-12)) is var urgent && urgent <= today)
            {
                var adHoc = Session(communes[0].Id, urgent, headInPerson: true, now, sessions.Count);
                adHoc.IsAdHoc = true;
                adHoc.AdHocReason = "Khoảng 40 hộ dân thôn 5 đến trụ sở phản đối việc đổ đất thải gây ngập úng ruộng lúa; vụ việc đông người cần giải quyết ngay.";
                adHoc.CitizenCount = 40;
                adHoc.Outcomes = "Bí thư trực tiếp đối thoại, yêu cầu dừng đổ thải, giao UBND xã kiểm tra và trả lời trong 05 ngày làm việc.";
                sessions.Add(adHoc);
                db.Dialogues.Add(new Dialogue
                {
                    OrganizationId = communes[0].Id,
                    Topic = "Đối thoại với nhân dân về phương án mở rộng đường liên xã",
                    HeldOn = Weekday(today.AddDays(-30)),
                    Place = "Hội trường Đảng ủy xã",
                    HostName = "Nguyễn Văn Thắng",
                    HostPosition = HeadPosition.PartySecretary,
                    ParticipantCount = 120,
                    Participants = "Đại diện các hộ có đất bị thu hồi; Mặt trận Tổ quốc xã; các đoàn thể",
                    Issues = "Mức bồi thường đất nông nghiệp; thời gian bàn giao mặt bằng; tái định cư cho 6 hộ.",
                    Answers = "Công khai phương án bồi thường tại nhà văn hóa các thôn; hộ tái định cư được bố trí đất trước khi bàn giao.",
                    FollowUps = "Niêm yết phương án bồi thường tại các thôn\nTổng hợp kiến nghị gửi UBND tỉnh",
                    CreatedAt = now,
                    CreatedBy = "demo",
                    UpdatedAt = now,
                    UpdatedBy = "demo",
                });
            }
        }

        db.ReceptionSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Count;
    }

    private static ReceptionSession Session(int organizationId, DateOnly day, bool headInPerson, DateTime now, int index) => new()
    {
        OrganizationId = organizationId,
        HeldOn = day,
        Place = "Trụ sở tiếp công dân xã",
        ReceiverName = headInPerson ? "Nguyễn Văn Thắng" : "Trần Thị Lan",
        ReceiverPosition = headInPerson ? HeadPosition.PartySecretary : HeadPosition.DeputyOrDelegate,
        HeadInPerson = headInPerson,
        CitizenCount = 2 + (index % 5),
        Matters = Matters[index % Matters.Length],
        Outcomes = "Giải thích chính sách tại chỗ; giao bộ phận chuyên môn kiểm tra và trả lời bằng văn bản.",
        CreatedAt = now,
        CreatedBy = "demo",
        UpdatedAt = now,
        UpdatedBy = "demo",
    };

    // Saturday and Sunday move to the next Monday.
    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
