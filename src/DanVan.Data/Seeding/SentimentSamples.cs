using DanVan.Data.Sentiment;
using DanVan.Domain.Sentiment;

namespace DanVan.Data.Seeding;

/// <summary>
/// Generated sentiment reports for the demo and the national data set: an overall assessment
/// mostly Ổn định or Tích cực, a few topic ratings, and prominent issues where people are worried,
/// followed up to a status that fits their age. The texts are our own and describe areas, never people.
/// </summary>
internal static class SentimentSamples
{
    private static readonly string[] Narratives =
    [
        "Tình hình nhân dân trên địa bàn ổn định; nhân dân phấn khởi với kết quả xây dựng nông thôn mới và tin tưởng vào sự lãnh đạo của cấp ủy.",
        "Nhân dân quan tâm đến giá cả vật tư nông nghiệp và việc tiêu thụ nông sản; các chính sách an sinh xã hội được thực hiện kịp thời.",
        "Đời sống nhân dân cơ bản ổn định; một bộ phận lao động trở về địa phương còn thiếu việc làm ổn định.",
        "Nhân dân đồng tình với chủ trương sắp xếp đơn vị hành chính; còn băn khoăn về thủ tục hành chính sau sắp xếp.",
        "Một số khu dân cư phản ánh ô nhiễm môi trường và tiến độ bồi thường giải phóng mặt bằng; cấp ủy đã chỉ đạo đối thoại với nhân dân.",
    ];

    private static readonly (string Topic, string Title, string Locality)[] Issues =
    [
        (SentimentTopicCatalog.Land, "Chậm chi trả bồi thường giải phóng mặt bằng", "Các thôn ven tuyến đường mới"),
        (SentimentTopicCatalog.Environment, "Mùi hôi từ cơ sở chăn nuôi tập trung", "Khu dân cư giáp trang trại"),
        (SentimentTopicCatalog.Prices, "Giá phân bón, thức ăn chăn nuôi tăng cao", "Các thôn sản xuất nông nghiệp"),
        (SentimentTopicCatalog.Jobs, "Lao động trở về địa phương thiếu việc làm", "Toàn xã"),
        (SentimentTopicCatalog.Land, "Tranh chấp ranh giới đất sản xuất giữa hai thôn", "Giáp ranh hai thôn"),
        (SentimentTopicCatalog.Welfare, "Chậm chi trả trợ cấp cho người cao tuổi", "Các tổ dân phố"),
        (SentimentTopicCatalog.Security, "Tụ tập gây mất trật tự ban đêm", "Khu vực chợ trung tâm"),
    ];

    private static readonly string[] Actions =
    [
        "Tổ dân vận nắm tình hình, báo cáo cấp ủy",
        "Tổ chức đối thoại với nhân dân tại nhà văn hóa",
        "Đề nghị Ủy ban nhân dân xã kiểm tra, xử lý",
        "Phối hợp với các ngành chức năng giải quyết",
        "Vấn đề đã được giải quyết, nhân dân đồng tình",
    ];

    public sealed record PlannedIssue(ProminentIssue Issue, List<IssueFollowUp> FollowUps);

    public sealed record PlannedReport(SentimentReport Report, List<PlannedIssue> Issues);

#pragma warning disable CA5394 // Deterministic demo data, not security.
    /// <summary>One report of an organisation for a period; its ids are left for the caller to fill.</summary>
    public static PlannedReport Report(Random random, int organizationId, SentimentReportKind kind, DateOnly start, DateOnly end, DateOnly today,
        IReadOnlyDictionary<string, int> topics, DateTime now)
    {
        var assessment = kind == SentimentReportKind.AdHoc
            ? random.Next(3) == 0 ? SentimentAssessment.Aggrieved : SentimentAssessment.Concerned
            : random.Next(100) switch
            {
                < 20 => SentimentAssessment.Positive,
                < 72 => SentimentAssessment.Stable,
                < 93 => SentimentAssessment.Concerned,
                _ => SentimentAssessment.Aggrieved,
            };
        var at = DateTime.SpecifyKind(end.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc);
        var report = new SentimentReport
        {
            OrganizationId = organizationId,
            Kind = kind,
            PeriodStart = start,
            PeriodEnd = end,
            Assessment = assessment,
            Narrative = Narratives[random.Next(Narratives.Length)],
            SubmittedAt = at < now ? at : now,
            SubmittedBy = "seed",
            UpdatedAt = at < now ? at : now,
            UpdatedBy = "seed",
        };
        var codes = topics.Keys.OrderBy(c => c, StringComparer.Ordinal).ToList();
        foreach (var code in codes.OrderBy(_ => random.Next()).Take(2 + random.Next(3)))
        {
            var worried = SentimentConcern.IsWorrying(assessment) && random.Next(2) == 0;
            report.Topics.Add(new SentimentTopicRating { TopicId = topics[code], Assessment = worried ? assessment : random.Next(3) == 0 ? SentimentAssessment.Positive : SentimentAssessment.Stable });
        }

        var count = SentimentConcern.IsWorrying(assessment) ? (random.Next(4) == 0 ? 2 : 1) : random.Next(12) == 0 ? 1 : 0;
        var issues = Enumerable.Range(0, count).Select(_ => Issue(random, organizationId, end, today, topics, now)).ToList();
        return new PlannedReport(report, issues);
    }

    private static PlannedIssue Issue(Random random, int organizationId, DateOnly foundOn, DateOnly today, IReadOnlyDictionary<string, int> topics, DateTime now)
    {
        var (topic, title, locality) = Issues[random.Next(Issues.Length)];
        var age = today.DayNumber - foundOn.DayNumber;
        // Older issues are mostly settled; recent ones are still being followed.
        var status = age > 120 && random.Next(10) < 8 ? IssueStatus.Resolved : (IssueStatus)(1 + random.Next(4));
        var households = 10 + random.Next(400);
        var issue = new ProminentIssue
        {
            OrganizationId = organizationId,
            TopicId = topics[topic],
            Title = title,
            Locality = locality,
            Scale = (IssueScale)(1 + random.Next(4)),
            Households = households,
            People = households * (3 + random.Next(2)),
            Status = status,
            FoundOn = foundOn,
            UpdatedAt = now,
            UpdatedBy = "seed",
            Revision = (int)status - 1,
        };
        var followUps = new List<IssueFollowUp>();
        var day = foundOn;
        for (var step = IssueStatus.Monitoring; step <= status; step++)
        {
            day = day.AddDays(3 + random.Next(20));
            day = day > today ? today : day;
            followUps.Add(new IssueFollowUp
            {
                OrganizationId = organizationId,
                On = day,
                Action = Actions[Math.Min((int)step - 1, Actions.Length - 1) + (step == IssueStatus.Resolved ? 1 : 0)],
                FromStatus = step - 1,
                ToStatus = step,
                CreatedAt = now,
                CreatedBy = "seed",
            });
        }

        issue.ResolvedOn = status == IssueStatus.Resolved ? day : null;
        return new PlannedIssue(issue, followUps);
    }
#pragma warning restore CA5394
}
