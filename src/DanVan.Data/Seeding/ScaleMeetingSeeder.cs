using System.Globalization;
using DanVan.Data.Auditing;
using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The meetings of the national data set (QUALITY.md: about 100,000), over 2025 and 2026: the
/// central commission's monthly online briefings with every provincial commission as a bridge
/// point; each province's monthly and quarterly briefings with its communes' party committees as
/// bridge points; working sessions, thematic conferences and reviews of the provincial
/// organisations; and the communes' own meetings, without bridge points. Past meetings have their
/// bridge points' status and attendance; briefings and some others have an agenda, and past ones
/// conclusions (which <see cref="ScaleTaskSeeder"/> turns into tasks). Times are Vietnam's
/// wall-clock times. Written in bulk, one province per transaction; a province whose commission
/// already hosts meetings is skipped, so a stopped run resumes. Deterministic for a seed and a day.
/// </summary>
public sealed class ScaleMeetingSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleMeetingsSeeded";

    /// <summary>The first month of the data set; it runs for <see cref="Months"/> months.</summary>
    public static readonly DateOnly FirstDay = new(2025, 1, 1);

    public const int Months = 24;

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] Topics =
    [
        "xây dựng nông thôn mới", "chuyển đổi số", "phong trào thi đua dân vận khéo", "cải cách hành chính",
        "giải phóng mặt bằng", "phòng, chống thiên tai", "bảo vệ môi trường", "an ninh trật tự ở cơ sở",
        "giảm nghèo bền vững", "tiếp công dân và giải quyết đơn thư", "xây dựng khu dân cư văn hóa",
        "vận động đồng bào dân tộc thiểu số", "công tác tôn giáo", "chăm lo gia đình chính sách",
        "sắp xếp đơn vị hành chính", "quy chế dân chủ ở cơ sở",
    ];

    private static readonly string[] AgendaTitles =
    [
        "Báo cáo kết quả công tác tháng và nhiệm vụ tháng tới", "Ý kiến của các điểm cầu", "Thảo luận, kiến nghị",
        "Phát biểu chỉ đạo", "Báo cáo chuyên đề", "Kết luận hội nghị",
    ];

    private static readonly string[] ConclusionTexts =
    [
        "Tiếp tục đẩy mạnh phong trào thi đua \"Dân vận khéo\", lựa chọn mô hình tiêu biểu để nhân rộng.",
        "Nắm chắc tình hình tư tưởng của Nhân dân, kịp thời báo cáo những vấn đề phát sinh ở cơ sở.",
        "Phối hợp giải quyết dứt điểm các vụ việc khiếu nại, tố cáo kéo dài, không để phát sinh điểm nóng.",
        "Hoàn thành báo cáo sơ kết trước ngày 20 của tháng cuối quý.",
        "Tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.",
        "Rà soát, cập nhật số liệu hộ nghèo, cận nghèo, đề xuất giải pháp hỗ trợ.",
    ];

    public async Task<ScaleMeetingResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime + VietnamOffset;
        var types = await bulk.MeetingTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var missing = MeetingTypeCatalog.All().Select(t => t.Code).Where(code => !types.ContainsKey(code)).ToList();
        if (missing.Count > 0)
        {
            throw new ScaleSeedException($"Thiếu loại hội nghị: {string.Join(", ", missing)}.");
        }

        var tree = await ScaleTree.LoadAsync(bulk, cancellationToken);
        var hosting = await bulk.Meetings.Select(m => m.HostOrganizationId).Distinct().ToListAsync(cancellationToken);
        var centralTodo = !hosting.Contains(tree.Central.Id);
        var todo = tree.Provinces.Where(p => !hosting.Contains(p.Commission.Id)).ToList();
        if (!centralTodo && todo.Count == 0)
        {
            return new ScaleMeetingResult(await bulk.Meetings.CountAsync(cancellationToken), 0, 0);
        }

        var plan = new MeetingPlan(types, now);
        var expected = (centralTodo ? Months : 0) + todo.Sum(p => MeetingPlan.Estimate(p));
        var added = 0;
        var bridgePoints = 0;
        if (centralTodo)
        {
            var planned = plan.Central(new Random(seed), tree.Central, tree.Provinces.Select(p => p.Commission).ToList());
            (added, bridgePoints) = Sum((added, bridgePoints), await WriteAsync(bulk, planned, cancellationToken));
            progress?.Report(new ScaleSeedProgress("Hội nghị", added, expected));
        }

        foreach (var province in todo)
        {
            var planned = plan.Province(new Random(unchecked((seed * 397) ^ province.Commission.Id)), province);
            (added, bridgePoints) = Sum((added, bridgePoints), await WriteAsync(bulk, planned, cancellationToken));
            progress?.Report(new ScaleSeedProgress("Hội nghị", added, expected));
        }

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, tree.Central.Id, AuditAction, new { Provinces = todo.Count, Meetings = added, BridgePoints = bridgePoints }));
        await bulk.SaveChangesAsync(cancellationToken);
        return new ScaleMeetingResult(await bulk.Meetings.CountAsync(cancellationToken), added, bridgePoints);
    }

    private static (int, int) Sum((int A, int B) left, (int A, int B) right) => (left.A + right.A, left.B + right.B);

    /// <summary>Writes one step's meetings, then their bridge points, agendas and conclusions, then ties each series to its first meeting; in one transaction.</summary>
    private static async Task<(int Meetings, int BridgePoints)> WriteAsync(AppDbContext bulk, List<PlannedMeeting> planned, CancellationToken cancellationToken)
    {
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var last = await bulk.Meetings.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        await BulkInsert.InsertAsync(bulk, planned.ConvertAll(p => p.Meeting), cancellationToken);
        var ids = await bulk.Meetings.AsNoTracking().Where(m => m.Id > last).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var points = new List<BridgePoint>();
        var agenda = new List<AgendaItem>();
        var conclusions = new List<MeetingConclusion>();
        for (var i = 0; i < planned.Count; i++)
        {
            var meeting = planned[i].Meeting;
            foreach (var point in meeting.BridgePoints)
            {
                point.MeetingId = ids[i];
                points.Add(point);
            }

            foreach (var item in meeting.Agenda)
            {
                item.MeetingId = ids[i];
                agenda.Add(item);
            }

            foreach (var conclusion in meeting.Conclusions)
            {
                conclusion.MeetingId = ids[i];
                conclusions.Add(conclusion);
            }
        }

        await BulkInsert.InsertAsync(bulk, points, cancellationToken);
        await BulkInsert.InsertAsync(bulk, agenda, cancellationToken);
        await BulkInsert.InsertAsync(bulk, conclusions, cancellationToken);
        foreach (var series in Enumerable.Range(0, planned.Count).Where(i => planned[i].Series is not null).GroupBy(i => planned[i].Series))
        {
            var members = series.Select(i => ids[i]).ToList();
            var first = members.Min();
            await bulk.Meetings.Where(m => members.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.SeriesId, first), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (planned.Count, points.Count);
    }

    private sealed record PlannedMeeting(Meeting Meeting, string? Series);

#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
    /// <summary>What each step holds: the meetings of the centre, or of one province.</summary>
    private sealed class MeetingPlan(Dictionary<string, int> types, DateTime now)
    {
        private const int ProvincialOrganizationMeetings = 24;

        public static int Estimate(ScaleProvince province) =>
            Months + ((province.ProvincialOrganizations.Count + 1) * ProvincialOrganizationMeetings) + (province.Committees.Count * 8) + (province.CommuneOrganizations.Count * 9 / 2);

        /// <summary>The central commission's monthly online briefing, with every provincial commission as a bridge point.</summary>
        public List<PlannedMeeting> Central(Random random, ScaleOrganization central, List<ScaleOrganization> commissions)
        {
            var list = new List<PlannedMeeting>(Months);
            for (var month = 0; month < Months; month++)
            {
                var day = WorkingDay(FirstDay.AddMonths(month).AddDays(9));
                var meeting = New(
                    types[MeetingTypeCatalog.MonthlyBriefing], central,
                    $"Giao ban trực tuyến công tác tuyên giáo và dân vận toàn quốc tháng {day.Month}/{day.Year}",
                    At(day, 14), 3, "Phòng họp trực tuyến Ban Tuyên giáo và Dân vận Trung ương", MeetingMode.Online);
                meeting.OnlineLink = $"https://hop.danvan.vn/tw/{day:yyyyMM}";
                meeting.Recurrence = $"Hằng tháng, {Months} lần";
                meeting.Chairs = "Trưởng Ban Tuyên giáo và Dân vận Trung ương";
                meeting.BridgePoints = commissions.ConvertAll(c => Point(random, meeting, c, "Phòng họp trực tuyến " + c.Name));
                Briefing(random, meeting);
                list.Add(new PlannedMeeting(meeting, "central"));
            }

            return list;
        }

        /// <summary>A province's briefings with its communes as bridge points, and its organisations' own meetings.</summary>
        public List<PlannedMeeting> Province(Random random, ScaleProvince province)
        {
            var commission = province.Commission;
            var list = new List<PlannedMeeting>(Estimate(province));
            for (var month = 0; month < Months; month++)
            {
                var day = WorkingDay(FirstDay.AddMonths(month).AddDays(4));
                var quarterly = day.Month % 3 == 0;
                var meeting = New(
                    types[quarterly ? MeetingTypeCatalog.QuarterlyBriefing : MeetingTypeCatalog.MonthlyBriefing], commission,
                    quarterly
                        ? $"Giao ban công tác dân vận quý {((day.Month - 1) / 3) + 1}/{day.Year} với cơ sở"
                        : $"Giao ban công tác dân vận tháng {day.Month}/{day.Year} với cơ sở",
                    At(day, 8), quarterly ? 4 : 3, "Hội trường " + commission.Name, MeetingMode.Hybrid);
                meeting.OnlineLink = $"https://hop.danvan.vn/{commission.Id}/{day:yyyyMM}";
                meeting.Recurrence = quarterly ? "Hằng quý, 8 lần" : "Hằng tháng, trừ tháng cuối quý, 16 lần";
                meeting.Chairs = "Trưởng " + commission.Name;
                meeting.BridgePoints = province.Committees.ConvertAll(c => Point(random, meeting, c, "Hội trường " + c.Name));
                Briefing(random, meeting);
                list.Add(new PlannedMeeting(meeting, quarterly ? "quarterly" : "monthly"));
            }

            foreach (var organization in (List<ScaleOrganization>)[commission, .. province.ProvincialOrganizations])
            {
                for (var i = 0; i < ProvincialOrganizationMeetings; i++)
                {
                    list.Add(new PlannedMeeting(Own(random, organization), null));
                }
            }

            foreach (var organization in province.Committees)
            {
                for (var i = 6 + random.Next(5); i > 0; i--)
                {
                    list.Add(new PlannedMeeting(Own(random, organization), null));
                }
            }

            foreach (var organization in province.CommuneOrganizations)
            {
                for (var i = 3 + random.Next(4); i > 0; i--)
                {
                    list.Add(new PlannedMeeting(Own(random, organization), null));
                }
            }

            return list;
        }

        /// <summary>An organisation's own meeting, in person, on a random working day of the two years.</summary>
        private Meeting Own(Random random, ScaleOrganization host)
        {
            var day = WorkingDay(FirstDay.AddDays(random.Next(Months * 365 / 12)));
            var topic = Topics[random.Next(Topics.Length)];
            var (type, title) = random.Next(10) switch
            {
                < 4 => (MeetingTypeCatalog.MonthlyBriefing, $"Giao ban tháng {day.Month}/{day.Year}"),
                < 6 => (MeetingTypeCatalog.WorkingSession, $"Làm việc về {topic}"),
                < 8 => (MeetingTypeCatalog.ThematicConference, $"Hội nghị chuyên đề {topic}"),
                8 => day.Month is 6 or 7
                    ? (MeetingTypeCatalog.HalfYearReview, $"Sơ kết 6 tháng đầu năm {day.Year}")
                    : (MeetingTypeCatalog.Review, $"Sơ kết công tác {topic}"),
                _ => day.Month is 12 or 1
                    ? (MeetingTypeCatalog.YearReview, $"Tổng kết công tác năm {(day.Month == 1 ? day.Year - 1 : day.Year)}")
                    : (MeetingTypeCatalog.WorkingSession, $"Làm việc với Nhân dân về {topic}"),
            };
            var meeting = New(types[type], host, $"{title} – {host.Name}", At(day, random.Next(2) == 0 ? 8 : 14), 2 + random.Next(2), "Hội trường " + host.Name, MeetingMode.InPerson);
            meeting.Chairs = "Đồng chí Bí thư, Chủ tịch";
            meeting.IsCancelled = random.Next(60) == 0;
            if (random.Next(4) == 0)
            {
                meeting.Agenda = Agenda(random, 2 + random.Next(2));
            }

            if (meeting.StartsAt < now && !meeting.IsCancelled && random.Next(8) == 0)
            {
                meeting.Conclusions = Conclusions(random, meeting, 1 + random.Next(2));
            }

            return meeting;
        }

        private void Briefing(Random random, Meeting meeting)
        {
            meeting.Purpose = "Đánh giá kết quả công tác, triển khai nhiệm vụ trọng tâm thời gian tới.";
            meeting.Agenda = Agenda(random, 3 + random.Next(2));
            if (meeting.StartsAt < now)
            {
                meeting.Minutes = $"Hội nghị diễn ra từ {meeting.StartsAt:HH:mm} đến {meeting.EndsAt:HH:mm}, {meeting.BridgePoints.Count(p => p.Status == ConnectionStatus.Connected)} điểm cầu kết nối.";
                meeting.Conclusions = Conclusions(random, meeting, 2 + random.Next(2));
            }
        }

        private BridgePoint Point(Random random, Meeting meeting, ScaleOrganization organization, string location)
        {
            var point = new BridgePoint { OrganizationId = organization.Id, Location = location };
            if (meeting.StartsAt < now)
            {
                var roll = random.Next(100);
                point.Status = roll < 92 ? ConnectionStatus.Connected : roll < 95 ? ConnectionStatus.Failed : ConnectionStatus.Absent;
                point.AttendanceCount = point.Status == ConnectionStatus.Connected ? 8 + random.Next(38) : null;
                point.Note = point.Status == ConnectionStatus.Failed ? "Mất kết nối đường truyền" : null;
                point.UpdatedAt = Utc(meeting.StartsAt);
                point.UpdatedBy = "seed";
                point.Revision = 1;
            }

            return point;
        }

        private static List<AgendaItem> Agenda(Random random, int count) =>
            Enumerable.Range(1, count).Select(order => new AgendaItem
            {
                Order = order,
                Title = AgendaTitles[(order - 1 + random.Next(2)) % AgendaTitles.Length],
                DurationMinutes = 15 + (15 * random.Next(4)),
            }).ToList();

        private static List<MeetingConclusion> Conclusions(Random random, Meeting meeting, int count) =>
            Enumerable.Range(1, count).Select(order => new MeetingConclusion
            {
                Order = order,
                Text = ConclusionTexts[random.Next(ConclusionTexts.Length)],
                CreatedAt = Utc(meeting.EndsAt),
                CreatedBy = "seed",
            }).ToList();

        private static Meeting New(int typeId, ScaleOrganization host, string title, DateTime startsAt, int hours, string place, MeetingMode mode) => new()
        {
            TypeId = typeId,
            HostOrganizationId = host.Id,
            Title = title.Length <= MeetingLimits.TitleLength ? title : title[..MeetingLimits.TitleLength],
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(hours),
            Place = place.Length <= MeetingLimits.PlaceLength ? place : place[..MeetingLimits.PlaceLength],
            Mode = mode,
            CreatedAt = Utc(startsAt.AddDays(-10)),
            CreatedBy = "seed",
            UpdatedAt = Utc(startsAt.AddDays(-10)),
            UpdatedBy = "seed",
        };

        /// <summary>Wall-clock time in Vietnam, kept with kind UTC so that PostgreSQL's timestamptz takes it as written.</summary>
        // Meeting times are Vietnam wall-clock times (timestamp without time zone on PostgreSQL); the record's own times are UTC instants.
        private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0));

        private static DateTime Utc(DateTime vietnamTime) => DateTime.SpecifyKind(vietnamTime - VietnamOffset, DateTimeKind.Utc);

        private static DateOnly WorkingDay(DateOnly day) => day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }
#pragma warning restore CA5394
}

/// <summary>What the meeting seeding did: the meetings now in the database, those it added, and their bridge points.</summary>
public sealed record ScaleMeetingResult(int Meetings, int Added, int BridgePointsAdded);

/// <summary>An open organisation of the scale data set, as the meeting and task seeders need it.</summary>
internal sealed record ScaleOrganization(int Id, string Path, OrganizationLevel Level, string TypeCode, string Name);

/// <summary>A province's organisations: its commission, the provincial Front and member organisations, the communes' party committees and the communes' other organisations.</summary>
internal sealed record ScaleProvince(ScaleOrganization Commission, List<ScaleOrganization> ProvincialOrganizations, List<ScaleOrganization> Committees, List<ScaleOrganization> CommuneOrganizations);

/// <summary>The open organisations of the scale data set, grouped by the provincial commission whose subtree holds them.</summary>
internal sealed record ScaleTree(ScaleOrganization Central, List<ScaleProvince> Provinces)
{
    public static async Task<ScaleTree> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Path, o.ParentId, o.Level, TypeCode = o.Type!.Code, o.Name })
            .ToListAsync(cancellationToken);
        var central = organizations.FirstOrDefault(o => o.ParentId == null)
            ?? throw new ScaleSeedException("Chưa có tổ chức Trung ương: cơ sở dữ liệu chưa được khởi tạo.");
        var provinces = organizations
            .Where(o => o.Level == OrganizationLevel.Province && o.TypeCode == OrganizationTypeCatalog.Commission)
            .Select(o => new ScaleProvince(new ScaleOrganization(o.Id, o.Path, o.Level, o.TypeCode, o.Name), [], [], []))
            .ToList();
        var byCommission = provinces.ToDictionary(p => p.Commission.Id);
        foreach (var o in organizations)
        {
            // "/central/commission/…": the second id names the province.
            var segments = o.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length < 3 || !byCommission.TryGetValue(int.Parse(segments[1], CultureInfo.InvariantCulture), out var province))
            {
                continue;
            }

            var organization = new ScaleOrganization(o.Id, o.Path, o.Level, o.TypeCode, o.Name);
            (o.Level == OrganizationLevel.Province ? province.ProvincialOrganizations
                : o.TypeCode == OrganizationTypeCatalog.PartyCommittee ? province.Committees
                : province.CommuneOrganizations).Add(organization);
        }

        return new ScaleTree(new ScaleOrganization(central.Id, central.Path, central.Level, central.TypeCode, central.Name), provinces);
    }
}
