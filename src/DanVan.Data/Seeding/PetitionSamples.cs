using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;

namespace DanVan.Data.Seeding;

/// <summary>
/// Plausible petitions for the demo and the national data set, drawn from a seeded random source:
/// kinds, fields and channels in believable shares, a history that stops at a random step, and the
/// deadline each step ran against computed by the real legal clock. Repeatable for a given seed.
/// </summary>
public static class PetitionSamples
{
    private static readonly (PetitionField Field, PetitionKind Kind, string Summary)[] Matters =
    [
        (PetitionField.Land, PetitionKind.Complaint, "Khiếu nại mức bồi thường khi thu hồi đất làm đường"),
        (PetitionField.Land, PetitionKind.Recommendation, "Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất"),
        (PetitionField.Land, PetitionKind.Feedback, "Phản ánh tranh chấp lối đi chung giữa các hộ liền kề"),
        (PetitionField.Policy, PetitionKind.Recommendation, "Đề nghị xem xét chế độ cho thân nhân người có công"),
        (PetitionField.Policy, PetitionKind.Complaint, "Khiếu nại kết quả bình xét hộ cận nghèo"),
        (PetitionField.Environment, PetitionKind.Feedback, "Phản ánh trại chăn nuôi xả nước thải ra mương"),
        (PetitionField.Environment, PetitionKind.Feedback, "Phản ánh rác thải tồn đọng ở điểm tập kết đầu thôn"),
        (PetitionField.Administration, PetitionKind.Feedback, "Phản ánh chậm trả kết quả thủ tục đăng ký hộ tịch"),
        (PetitionField.Officials, PetitionKind.Denunciation, "Tố cáo cán bộ thôn thu khoản đóng góp không đúng quy định"),
        (PetitionField.Officials, PetitionKind.Denunciation, "Tố cáo cán bộ gây khó khăn khi giải quyết hồ sơ"),
        (PetitionField.Economy, PetitionKind.Recommendation, "Đề nghị công khai các khoản chi xây dựng nhà văn hóa thôn"),
        (PetitionField.Society, PetitionKind.Recommendation, "Kiến nghị sửa chữa hệ thống đèn chiếu sáng đường liên thôn"),
        (PetitionField.Society, PetitionKind.Feedback, "Phản ánh tiếng ồn từ quán karaoke sau 22 giờ"),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Ngọc", "Quang"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hòa", "Lan", "Long", "Mai", "Nam", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Tùng", "Yến"];

    /// <summary>One petition received in the last <paramref name="daysBack"/> days.</summary>
    /// <param name="neverDecidedOneIn">One petition in this many waits for its first decision whatever its age.</param>
    /// <param name="unresolvedOneIn">One accepted case in this many is still unresolved whatever its age.</param>
    public static Petition Make(Random random, int organizationId, DateOnly today, int daysBack, PetitionClock clock, DateTime now, bool withHistory, int neverDecidedOneIn = 6, int unresolvedOneIn = 4)
    {
        var (field, kind, summary) = Matters[random.Next(Matters.Length)];
        var channel = random.Next(10) switch
        {
            < 4 => PetitionChannel.InPerson,
            < 6 => PetitionChannel.Post,
            < 9 => PetitionChannel.Portal,
            _ => PetitionChannel.Forwarded,
        };
        var received = today.AddDays(-random.Next(daysBack + 1));
        var petition = new Petition
        {
            TrackingCode = TrackingCodes.From(random.Next),
            OrganizationId = organizationId,
            Kind = kind,
            Field = field,
            Channel = channel,
            Summary = summary,
            Content = $"{summary}. Người gửi trình bày diễn biến sự việc, gửi kèm các giấy tờ liên quan và đề nghị cơ quan có thẩm quyền xem xét, trả lời.",
            ReceivedOn = received,
            Status = PetitionStatus.Registered,
            Complexity = random.Next(10) == 0 ? PetitionComplexity.Complex : PetitionComplexity.Normal,
            Revision = 1,
            CreatedAt = now,
            CreatedBy = "demo",
            UpdatedAt = now,
            UpdatedBy = "demo",
            Petitioners =
            [
                new Petitioner
                {
                    FullName = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
                    Phone = $"09{random.Next(10_000_000, 99_999_999)}",
                    Address = $"Thôn {random.Next(1, 12)}",
                },
            ],
        };
        Step(petition, "Tiếp nhận đơn", received, withHistory, now);

        var due = clock.Current(petition.Facts())!.Due;
        petition.DueOn = due;
        var decided = received.AddDays(random.Next(2, 14));
        if (decided > today || random.Next(neverDecidedOneIn) == 0)
        {
            return petition; // still waiting for the first decision
        }

        var procedure = PetitionKindNames.HasResolutionProcedure(kind);
        var outcome = random.Next(20);
        if (outcome == 0)
        {
            petition.ForwardedTo = "Cơ quan có thẩm quyền giải quyết";
            return End(petition, PetitionStatus.Forwarded, decided, due, "Chuyển đơn", withHistory, now);
        }

        if (outcome == 1 && procedure)
        {
            petition.RefusalReason = "Đơn không đủ điều kiện thụ lý.";
            return End(petition, PetitionStatus.Refused, decided, due, "Không thụ lý", withHistory, now);
        }

        if (!procedure)
        {
            petition.ResolvedOn = decided;
            petition.Resolution = "Đã kiểm tra và trả lời người gửi.";
            petition.Answer = "Cơ quan đã tiếp nhận, kiểm tra và chỉ đạo khắc phục nội dung phản ánh, kiến nghị.";
            petition.AnswerPublishedAt = random.Next(2) == 0 ? now : null;
            return End(petition, PetitionStatus.Resolved, decided, due, "Giải quyết", withHistory, now);
        }

        petition.Status = PetitionStatus.Accepted;
        petition.AcceptedOn = decided;
        Step(petition, "Thụ lý", decided, withHistory, now);
        due = clock.Current(petition.Facts())!.Due;
        petition.DueOn = due;
        var resolved = decided.AddDays(random.Next(10, 50));
        if (resolved > today || random.Next(unresolvedOneIn) == 0)
        {
            return petition;
        }

        petition.ResolvedOn = resolved;
        petition.Resolution = "Đã xác minh, kết luận và ban hành quyết định giải quyết.";
        petition.Answer = "Cơ quan đã ban hành quyết định giải quyết và gửi đến người gửi đơn.";
        petition.AnswerPublishedAt = random.Next(2) == 0 ? now : null;
        return End(petition, PetitionStatus.Resolved, resolved, due, "Giải quyết", withHistory, now);
    }

    private static Petition End(Petition petition, PetitionStatus status, DateOnly on, DateOnly due, string title, bool withHistory, DateTime now)
    {
        petition.Status = status;
        petition.HandledOn = on;
        petition.HandledOnTime = on <= due;
        Step(petition, title, on, withHistory, now);
        return petition;
    }

    private static void Step(Petition petition, string title, DateOnly on, bool withHistory, DateTime now)
    {
        if (withHistory)
        {
            var at = on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            petition.Events.Add(new PetitionEvent { At = at > now ? now : at, UserName = "demo", Title = title, IsPublic = true });
        }
    }
}
