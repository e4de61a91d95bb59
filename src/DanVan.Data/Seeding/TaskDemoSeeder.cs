using DanVan.Data.Entities;
using DanVan.Data.Programmes;
using DanVan.Domain.Organizations;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo programmes and tasks: each demo province's commission gets this year's programme with its
/// groups, a task from the central commission broken down for two communes (one of them overdue),
/// and a task of its own programme. Written once, on an empty task table.
/// </summary>
public sealed class TaskDemoSeeder(AppDbContext main, TimeProvider clock)
{
    private static readonly string[] Groups =
    [
        "Tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách của Nhà nước",
        "Thực hiện Quy chế dân chủ ở cơ sở",
        "Phong trào thi đua \"Dân vận khéo\"",
        "Dân vận chính quyền, tiếp công dân, đối thoại",
    ];

    public async Task<int> SeedAsync(Organization central, CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.WorkTasks.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var added = 0;
        foreach (var province in await DemoProvinces.LoadAsync(db, 2, cancellationToken))
        {
            var communes = province.Communes;
            var programme = new WorkProgramme
            {
                OrganizationId = province.Id,
                Year = today.Year,
                Title = $"Chương trình công tác dân vận năm {today.Year}",
                Description = "Các nhóm nhiệm vụ trọng tâm của công tác dân vận trong năm.",
                Groups = [.. Groups.Select((title, i) => new TaskGroup { Order = i + 1, Title = title })],
                CreatedAt = now,
                CreatedBy = "demo",
                UpdatedAt = now,
                UpdatedBy = "demo",
            };
            db.WorkProgrammes.Add(programme);
            await db.SaveChangesAsync(cancellationToken);

            var parent = Task(province.Id, central.Id, "Sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở", TaskSourceKind.SuperiorRequest, "Công văn số 215-CV/BTGDVTW", today.AddDays(-20), today.AddDays(25), now);
            db.WorkTasks.Add(parent);
            var own = Task(province.Id, province.Id, "Tổ chức hội nghị biểu dương điển hình \"Dân vận khéo\" cấp tỉnh", TaskSourceKind.Programme, null, today.AddDays(-30), today.AddDays(5), now);
            own.ProgrammeId = programme.Id;
            own.GroupId = programme.Groups[2].Id;
            db.WorkTasks.Add(own);
            await db.SaveChangesAsync(cancellationToken);
            added += 2;

            for (var i = 0; i < communes.Count; i++)
            {
                var sub = Task(communes[i].Id, province.Id, $"Sơ kết Quy chế dân chủ ở cơ sở tại {communes[i].Name}", TaskSourceKind.SuperiorRequest, "Công văn số 215-CV/BTGDVTW",
                    today.AddDays(-20), i == 0 ? today.AddDays(-3) : today.AddDays(15), now);
                sub.ParentId = parent.Id;
                sub.Status = WorkTaskStatus.InProgress;
                sub.ReportedProgress = sub.Progress = i == 0 ? 40 : 80;
                db.WorkTasks.Add(sub);
                await db.SaveChangesAsync(cancellationToken);
                db.TaskUpdates.Add(new TaskUpdate { TaskId = sub.Id, ReportedOn = today.AddDays(-7), Progress = sub.Progress, Status = WorkTaskStatus.InProgress, Note = "Đã xây dựng kế hoạch, đang tổng hợp số liệu từ các thôn.", CreatedAt = now, CreatedBy = "demo" });
                added++;
            }

            // Weights 1 and 1: the parent shows the average of its communes.
            parent.Progress = communes.Count == 0 ? 0 : (communes.Count == 1 ? 40 : 60);
            parent.Status = WorkTaskStatus.InProgress;
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private static WorkTask Task(int lead, int assignedBy, string title, TaskSourceKind kind, string? reference, DateOnly start, DateOnly due, DateTime now) => new()
    {
        OrganizationId = lead,
        AssignedByOrganizationId = assignedBy,
        SourceKind = kind,
        SourceReference = reference,
        Title = title,
        StartOn = start,
        DueOn = due,
        CreatedAt = now,
        CreatedBy = "demo",
        UpdatedAt = now,
        UpdatedBy = "demo",
    };
}
