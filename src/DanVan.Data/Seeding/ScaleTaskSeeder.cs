using DanVan.Data.Auditing;
using DanVan.Data.Programmes;
using DanVan.Domain.Organizations;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The tasks of the national data set (QUALITY.md: about 300,000), with deadlines over 2025 and
/// 2026: led by the provincial commissions and organisations and by the communes' party
/// committees and organisations; from programmes, documents, superiors' requests and the
/// conclusions <see cref="ScaleMeetingSeeder"/> wrote; about 30% completed, some cancelled or
/// paused, and of the open ones about 30% overdue on the day they are built; some with sub-tasks and some with
/// co-ordinating organisations. Written in bulk, one province per transaction; a province whose
/// commission already leads tasks is skipped, so a stopped run resumes. Deterministic for a seed
/// and a day.
/// </summary>
public sealed class ScaleTaskSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleTasksSeeded";

    /// <summary>The last deadline of the data set; the first is <see cref="ScaleMeetingSeeder.FirstDay"/>.</summary>
    public static readonly DateOnly LastDay = new(2026, 12, 31);

    private const int CommissionTasks = 400;
    private const int ProvincialOrganizationTasks = 150;
    private const int CommitteeTasks = 28;
    private const int CommuneFrontTasks = 12;
    private const int CommuneOrganizationTasks = 10;

    private static readonly string[] Actions =
    [
        "Triển khai", "Tổ chức thực hiện", "Sơ kết việc thực hiện", "Kiểm tra, giám sát việc thực hiện", "Tuyên truyền, phổ biến",
        "Xây dựng kế hoạch thực hiện", "Báo cáo kết quả thực hiện", "Nhân rộng mô hình",
    ];

    private static readonly string[] Subjects =
    [
        "phong trào thi đua \"Dân vận khéo\"", "Quy chế dân chủ ở cơ sở", "chương trình xây dựng nông thôn mới", "chuyển đổi số trong công tác dân vận",
        "công tác giảm nghèo bền vững", "công tác tiếp công dân, giải quyết đơn thư", "công tác vận động đồng bào dân tộc thiểu số",
        "công tác tôn giáo", "cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"", "công tác giải phóng mặt bằng",
        "phòng, chống thiên tai và tìm kiếm cứu nạn", "chăm lo gia đình chính sách, người có công", "bảo vệ môi trường khu dân cư",
    ];

    private static readonly string[] Documents =
    [
        "Nghị quyết số 25-NQ/TW", "Kết luận số 114-KL/TW", "Quyết định số 23-QĐ/TW", "Chỉ thị số 49-CT/TW", "Kế hoạch số 12-KH/TU",
        "Công văn số 123-CV/BTGDVTU",
    ];

    public async Task<ScaleTaskResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var tree = await ScaleTree.LoadAsync(bulk, cancellationToken);
        var leading = await bulk.WorkTasks.Select(t => t.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var todo = tree.Provinces.Where(p => !leading.Contains(p.Commission.Id)).ToList();
        if (todo.Count == 0)
        {
            return new ScaleTaskResult(await bulk.WorkTasks.CountAsync(cancellationToken), 0);
        }

        // The deadlines are spread over the data set's two years around "today": done and overdue
        // tasks' before it, the other open tasks' from it to the end. Kept inside the two years, with
        // at least a month after it, so that a run late in 2026 or after still has open tasks not yet due.
        var today = ReportSchedule.VietnamDay(now);
        var pivot = today < ScaleMeetingSeeder.FirstDay.AddMonths(3) ? ScaleMeetingSeeder.FirstDay.AddMonths(3)
            : today > LastDay.AddDays(-30) ? LastDay.AddDays(-30) : today;
        var expected = todo.Sum(Estimate);
        var added = 0;
        foreach (var province in todo)
        {
            // The conclusions of past meetings hosted in the province: each may give tasks to its host, or the communes for a briefing.
            var conclusions = await bulk.MeetingConclusions.AsNoTracking()
                .Join(bulk.Meetings, c => c.MeetingId, m => m.Id, (c, m) => new { c.Id, m.HostOrganizationId, m.StartsAt })
                .Join(bulk.Organizations.WithinSubtree(province.Commission.Path), x => x.HostOrganizationId, o => o.Id, (x, o) => x)
                .OrderBy(x => x.Id)
                .ToListAsync(cancellationToken);
            var pool = conclusions.GroupBy(c => c.HostOrganizationId)
                .ToDictionary(g => g.Key, g => g.Select(c => new Source(c.Id, DateOnly.FromDateTime(c.StartsAt))).ToList());
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
            var plan = new TaskPlan(new Random(unchecked((seed * 401) ^ province.Commission.Id)), pivot, now, pool, province);
#pragma warning restore CA5394
            added += await WriteAsync(bulk, plan.Build(), cancellationToken);
            progress?.Report(new ScaleSeedProgress("Nhiệm vụ", added, expected));
        }

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, tree.Central.Id, AuditAction, new { Provinces = todo.Count, Tasks = added }));
        await bulk.SaveChangesAsync(cancellationToken);
        return new ScaleTaskResult(await bulk.WorkTasks.CountAsync(cancellationToken), added);
    }

    private static int Estimate(ScaleProvince province) =>
        CommissionTasks + (province.ProvincialOrganizations.Count * ProvincialOrganizationTasks) + (province.Committees.Count * CommitteeTasks)
        + (province.CommuneOrganizations.Count * CommuneOrganizationTasks);

    /// <summary>Writes the tasks, then the sub-tasks with their parents' ids, then the co-ordinators; in one transaction.</summary>
    private static async Task<int> WriteAsync(AppDbContext bulk, List<PlannedTask> planned, CancellationToken cancellationToken)
    {
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var written = 0;
        var ids = new long[planned.Count];
        // Parents come before their sub-tasks in the plan: write the tasks without a parent first.
        foreach (var round in (bool[])[false, true])
        {
            var indexes = Enumerable.Range(0, planned.Count).Where(i => planned[i].Parent is not null == round).ToList();
            foreach (var i in indexes.Where(i => planned[i].Parent is { } parent))
            {
                planned[i].Task.ParentId = ids[planned[i].Parent!.Value];
            }

            var last = await bulk.WorkTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            written += await BulkInsert.InsertAsync(bulk, indexes.ConvertAll(i => planned[i].Task), cancellationToken);
            var newIds = await bulk.WorkTasks.AsNoTracking().Where(t => t.Id > last).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
            for (var k = 0; k < indexes.Count; k++)
            {
                ids[indexes[k]] = newIds[k];
            }
        }

        var coordinators = new List<WorkTaskCoordinator>();
        for (var i = 0; i < planned.Count; i++)
        {
            coordinators.AddRange(planned[i].Coordinators.Select(o => new WorkTaskCoordinator { TaskId = ids[i], OrganizationId = o }));
        }

        await BulkInsert.InsertAsync(bulk, coordinators, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private sealed record Source(long ConclusionId, DateOnly Day);

    private sealed record PlannedTask(WorkTask Task, int? Parent, List<int> Coordinators);

#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
    /// <summary>One province's tasks.</summary>
    private sealed class TaskPlan(Random random, DateOnly pivot, DateTime now, Dictionary<int, List<Source>> conclusions, ScaleProvince province)
    {
        private readonly List<PlannedTask> _planned = [];

        public List<PlannedTask> Build()
        {
            var commission = province.Commission;
            var briefings = conclusions.GetValueOrDefault(commission.Id) ?? [];
            Lead(commission, commission, CommissionTasks, conclusions.GetValueOrDefault(commission.Id), province.ProvincialOrganizations);
            foreach (var organization in province.ProvincialOrganizations)
            {
                Lead(organization, commission, ProvincialOrganizationTasks, conclusions.GetValueOrDefault(organization.Id), province.ProvincialOrganizations);
            }

            // A committee's tasks may come from the commission's briefings, where it was a bridge point, or from its own meetings.
            foreach (var organization in province.Committees)
            {
                Lead(organization, commission, CommitteeTasks, [.. briefings, .. conclusions.GetValueOrDefault(organization.Id) ?? []], province.Committees);
            }

            foreach (var organization in province.CommuneOrganizations)
            {
                var count = organization.TypeCode == OrganizationTypeCatalog.FatherlandFront ? CommuneFrontTasks : CommuneOrganizationTasks;
                Lead(organization, organization, count, conclusions.GetValueOrDefault(organization.Id), province.CommuneOrganizations);
            }

            return _planned;
        }

        /// <summary>An organisation's tasks; one in ten of them is split into two or three sub-tasks, which count toward the total.</summary>
        private void Lead(ScaleOrganization lead, ScaleOrganization superior, int count, List<Source>? sources, List<ScaleOrganization> neighbours)
        {
            var made = 0;
            while (made < count)
            {
                var parent = _planned.Count;
                _planned.Add(new PlannedTask(Task(lead, superior, sources, null), null, Coordinators(lead, neighbours)));
                made++;
                if (made + 2 <= count && random.Next(10) == 0)
                {
                    var parentTask = _planned[parent].Task;
                    for (var k = 2 + random.Next(2); k > 0 && made < count; k--)
                    {
                        _planned.Add(new PlannedTask(Task(lead, lead, null, parentTask), parent, []));
                        made++;
                    }
                }
            }
        }

        private List<int> Coordinators(ScaleOrganization lead, List<ScaleOrganization> neighbours)
        {
            if (neighbours.Count < 2 || random.Next(6) != 0)
            {
                return [];
            }

            return Enumerable.Range(0, 1 + random.Next(3)).Select(_ => neighbours[random.Next(neighbours.Count)].Id)
                .Where(id => id != lead.Id).Distinct().ToList();
        }

        private WorkTask Task(ScaleOrganization lead, ScaleOrganization superior, List<Source>? sources, WorkTask? parent)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var task = new WorkTask
            {
                OrganizationId = lead.Id,
                AssignedByOrganizationId = lead.Id,
                SourceKind = TaskSourceKind.Programme,
                Title = $"{Actions[random.Next(Actions.Length)]} {subject}",
                CreatedBy = "seed",
            };
            var roll = random.Next(100);
            if (parent is not null)
            {
                task.SourceKind = parent.SourceKind;
                task.SourceReference = parent.SourceReference;
                task.Title = $"{parent.Title} (phần {random.Next(1, 4)})";
            }
            else if (roll < 15 && sources is { Count: > 0 })
            {
                var source = sources[random.Next(sources.Count)];
                task.SourceKind = TaskSourceKind.MeetingConclusion;
                task.ConclusionId = source.ConclusionId;
                task.AssignedByOrganizationId = superior.Id;
                task.StartOn = source.Day;
            }
            else if (roll < 40)
            {
                task.SourceKind = TaskSourceKind.Document;
                task.SourceReference = Documents[random.Next(Documents.Length)];
            }
            else if (roll < 55 && superior.Id != lead.Id)
            {
                task.SourceKind = TaskSourceKind.SuperiorRequest;
                task.AssignedByOrganizationId = superior.Id;
                task.SourceReference = $"Công văn số {random.Next(10, 999)}-CV/BTGDVTU";
            }

            Schedule(task, parent);
            return task;
        }

        /// <summary>The status first (about 30% completed), then dates that fit it: a quarter of the open tasks are given a past deadline (sub-tasks also take their parent's when earlier), one in twenty has no deadline.</summary>
        private void Schedule(WorkTask task, WorkTask? parent)
        {
            var roll = random.Next(100);
            task.Status = roll switch
            {
                < 30 => WorkTaskStatus.Completed,
                < 33 => WorkTaskStatus.Cancelled,
                < 38 => WorkTaskStatus.Paused,
                < 75 => WorkTaskStatus.InProgress,
                _ => WorkTaskStatus.NotStarted,
            };
            var first = ScaleMeetingSeeder.FirstDay;
            var open = WorkTaskStatusNames.IsOpen(task.Status);
            DateOnly due = task.Status switch
            {
                WorkTaskStatus.Completed or WorkTaskStatus.Cancelled => Between(first.AddDays(30), pivot),
                _ when random.Next(4) == 0 => Between(first.AddDays(30), pivot.AddDays(-1)),
                _ => Between(pivot, LastDay),
            };
            if (parent?.DueOn is { } parentDue && due > parentDue)
            {
                due = parentDue;
            }

            task.StartOn ??= due.AddDays(-(20 + random.Next(160)));
            if (task.StartOn > due)
            {
                task.StartOn = due.AddDays(-7);
            }

            task.DueOn = open && random.Next(20) == 0 ? null : due;
            (task.Progress, task.CompletedOn) = task.Status switch
            {
                WorkTaskStatus.Completed => (100, Min(due.AddDays(random.Next(-25, 8)), pivot)),
                WorkTaskStatus.NotStarted => (0, null),
                WorkTaskStatus.InProgress => (10 * random.Next(1, 10), null),
                WorkTaskStatus.Paused => (10 * random.Next(1, 6), null),
                _ => (10 * random.Next(0, 5), (DateOnly?)null),
            };
            task.ReportedProgress = task.Progress;
            task.Weight = 1 + random.Next(3);
            task.CreatedAt = DateTime.SpecifyKind(task.StartOn.Value.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            task.UpdatedAt = now < task.CreatedAt ? task.CreatedAt : now;
            task.UpdatedBy = "seed";
            task.Revision = task.Status == WorkTaskStatus.NotStarted ? 0 : 1;
        }

        private DateOnly Between(DateOnly first, DateOnly last) =>
            last <= first ? first : first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
#pragma warning restore CA5394
}

/// <summary>What the task seeding did: the tasks now in the database, and those it added.</summary>
public sealed record ScaleTaskResult(int Tasks, int Added);
