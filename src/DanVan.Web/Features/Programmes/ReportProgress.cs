using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Programmes;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// The lead organisation reports a task's progress (báo cáo tiến độ): a dated update with a
/// percentage, a status, a note and evidence files. The task and every ancestor take the new figure
/// in the same transaction; completing it records the day.
/// </summary>
public sealed class ReportProgress(AppDbContext db, TaskAccess access, TaskWrites writes, IAuditActor actor, TimeProvider clock, ILogger<ReportProgress> logger)
{
    /// <summary>The most files one update carries.</summary>
    public const int MaxFiles = 10;

    /// <summary>The statuses a lead reports; cancelling belongs to the giver.</summary>
    public static readonly WorkTaskStatus[] Reportable = [WorkTaskStatus.NotStarted, WorkTaskStatus.InProgress, WorkTaskStatus.Completed, WorkTaskStatus.Paused];

    public async Task<CommandResult<TaskUpdate>> ReportAsync(long taskId, TaskUpdateInput input, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(taskId, cancellationToken);
        if (rights is null)
        {
            return CommandResult<TaskUpdate>.NotFound();
        }

        if (!rights.CanReport)
        {
            return CommandResult<TaskUpdate>.Forbidden();
        }

        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors().Text(nameof(input.Note), "ghi chú", input.Note, ProgrammeLimits.TextLength, required: false);
        var reportedOn = string.IsNullOrWhiteSpace(input.ReportedOn) ? today : TaskValidation.Day(input.ReportedOn, nameof(input.ReportedOn), "ngày báo cáo", errors);
        if (reportedOn > today)
        {
            errors.Add(nameof(input.ReportedOn), "Ngày báo cáo không được sau hôm nay.");
        }

        var progress = TaskValidation.WholeNumber(input.Progress?.Trim().TrimEnd('%'), nameof(input.Progress), "tiến độ (%)", 0, ProgressRollup.Complete, errors);
        WorkTaskStatus? status = Enum.TryParse<WorkTaskStatus>(input.Status?.Trim(), ignoreCase: true, out var parsed) && Reportable.Contains(parsed) && !char.IsDigit(input.Status!.Trim()[0])
            ? parsed
            : null;
        if (status is null)
        {
            errors.Add(nameof(input.Status), "Vui lòng chọn trạng thái: chưa thực hiện, đang thực hiện, hoàn thành hoặc tạm dừng.");
        }
        else if (status == WorkTaskStatus.Completed && progress is not null and not ProgressRollup.Complete)
        {
            errors.Add(nameof(input.Progress), "Nhiệm vụ hoàn thành thì tiến độ phải là 100%.");
        }

        var documents = new List<UploadedDocument>();
        if (files.Count > MaxFiles)
        {
            errors.Add("Files", $"Mỗi lần báo cáo đính kèm tối đa {MaxFiles} tệp.");
        }
        else
        {
            foreach (var file in files)
            {
                var (document, refusal) = await UploadedDocument.ReadAsync(file, cancellationToken);
                if (document is null)
                {
                    errors.Add("Files", $"{Path.GetFileName(file.FileName)}: {refusal}");
                }
                else
                {
                    documents.Add(document);
                }
            }
        }

        if (errors.Any)
        {
            return errors.ToResult<TaskUpdate>();
        }

        return await writes.RunAsync(async ct =>
        {
            var task = await db.WorkTasks.SingleAsync(t => t.Id == taskId, ct);
            if (task.Status == WorkTaskStatus.Cancelled)
            {
                return CommandResult<TaskUpdate>.Conflict("Nhiệm vụ đã hủy nên không báo cáo tiến độ được.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var update = new TaskUpdate
            {
                TaskId = taskId,
                ReportedOn = reportedOn!.Value,
                Progress = progress!.Value,
                Status = status!.Value,
                Note = input.Note?.Trim() ?? string.Empty,
                CreatedAt = now,
                CreatedBy = actor.UserName,
            };
            db.TaskUpdates.Add(update);
            task.ReportedProgress = update.Progress;
            task.Status = update.Status;
            task.Progress = await writes.ProgressOfAsync(taskId, update.Progress, ct);
            task.CompletedOn = update.Status == WorkTaskStatus.Completed ? update.ReportedOn : null;
            task.Revision++;
            task.UpdatedAt = now;
            task.UpdatedBy = actor.UserName;
            await db.SaveChangesAsync(ct);
            foreach (var document in documents)
            {
                db.TaskEvidence.Add(new TaskEvidence
                {
                    TaskId = taskId,
                    UpdateId = update.Id,
                    FileName = document.FileName,
                    ContentType = document.ContentType,
                    Size = document.Content.Length,
                    Content = document.Content,
                    UploadedAt = now,
                    UploadedBy = actor.UserName,
                });
            }

            await db.SaveChangesAsync(ct);
            await writes.RollUpAsync(task.ParentId, ct);
            logger.LogInformation("Task {TaskId} reported at {Progress}% ({Status}) with {FileCount} file(s)", taskId, update.Progress, update.Status, documents.Count);
            return CommandResult<TaskUpdate>.Ok(update);
        }, cancellationToken);
    }

    /// <summary>One evidence file of a task the person sees.</summary>
    public async Task<(TaskEvidence? Evidence, CommandStatus Status)> EvidenceAsync(long taskId, long evidenceId, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(taskId, cancellationToken);
        if (rights is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (!rights.CanRead)
        {
            return (null, CommandStatus.Forbidden);
        }

        var evidence = await db.TaskEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.TaskId == taskId, cancellationToken);
        return (evidence, evidence is null ? CommandStatus.NotFound : CommandStatus.Ok);
    }
}
