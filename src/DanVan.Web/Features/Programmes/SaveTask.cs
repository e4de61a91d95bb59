using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Programmes;
using DanVan.Domain.Programmes;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// Gives tasks, changes and cancels them. The giving (assigning) organisation's people define a
/// task; its lead and co-ordinating organisations lie in the giver's subtree. A task from a meeting
/// conclusion is given by the meeting's host. Every change is audited and rolled up at once.
/// </summary>
public sealed class SaveTask(AppDbContext db, TaskAccess access, TaskWrites writes, IAuditActor actor, TimeProvider clock, ILogger<SaveTask> logger)
{
    /// <summary>The most lead organisations one action gives a task to.</summary>
    public const int MaxLeads = 200;

    private sealed record Checked(
        string Title, string? Description, TaskSourceKind SourceKind, string? SourceReference, SubtreeAccess.Target AssignedBy,
        List<SubtreeAccess.Target> Leads, List<int> Coordinators, int? ProgrammeId, int? GroupId, long? ParentId, long? ConclusionId,
        DateOnly? StartOn, DateOnly? DueOn, int Weight);

    public async Task<CommandResult<IReadOnlyList<WorkTask>>> CreateAsync(TaskInput input, CancellationToken cancellationToken) =>
        await writes.RunAsync<IReadOnlyList<WorkTask>>(async ct =>
        {
            var (values, refusal) = await CheckAsync(input, null, ct);
            if (values is null)
            {
                return refusal.Status == CommandStatus.Invalid ? refusal.Errors.ToResult<IReadOnlyList<WorkTask>>() : CommandResult<IReadOnlyList<WorkTask>>.Refused(refusal.Status);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var tasks = values.Leads.Select(lead => new WorkTask
            {
                OrganizationId = lead.Id,
                AssignedByOrganizationId = values.AssignedBy.Id,
                ProgrammeId = values.ProgrammeId,
                GroupId = values.GroupId,
                ParentId = values.ParentId,
                ConclusionId = values.ConclusionId,
                SourceKind = values.SourceKind,
                SourceReference = values.SourceReference,
                Title = values.Title,
                Description = values.Description,
                StartOn = values.StartOn,
                DueOn = values.DueOn,
                Weight = values.Weight,
                Coordinators = [.. values.Coordinators.Where(c => c != lead.Id).Select(c => new WorkTaskCoordinator { OrganizationId = c })],
                CreatedAt = now,
                CreatedBy = actor.UserName,
                UpdatedAt = now,
                UpdatedBy = actor.UserName,
            }).ToList();
            db.WorkTasks.AddRange(tasks);
            await db.SaveChangesAsync(ct);
            await writes.RollUpAsync(values.ParentId, ct);
            logger.LogInformation("{TaskCount} task(s) given by organization {OrganizationId}, first {TaskId}", tasks.Count, values.AssignedBy.Id, tasks[0].Id);
            return CommandResult<IReadOnlyList<WorkTask>>.Ok(tasks);
        }, cancellationToken);

    public async Task<CommandResult<WorkTask>> UpdateAsync(long taskId, TaskInput input, CancellationToken cancellationToken) =>
        await writes.RunAsync(async ct =>
        {
            var (task, status) = await LoadForEditAsync(taskId, ct);
            if (task is null)
            {
                return CommandResult<WorkTask>.Refused(status);
            }

            if (task.Status == WorkTaskStatus.Cancelled)
            {
                return CommandResult<WorkTask>.Conflict("Nhiệm vụ đã hủy nên không sửa được.");
            }

            if (input.Revision is { } revision && revision != task.Revision)
            {
                return CommandResult<WorkTask>.Conflict(TaskWrites.ConflictMessage);
            }

            var (values, refusal) = await CheckAsync(input, task, ct);
            if (values is null)
            {
                return refusal.Status == CommandStatus.Invalid ? refusal.Errors.ToResult<WorkTask>() : CommandResult<WorkTask>.Refused(refusal.Status);
            }

            var lead = values.Leads.Single();
            var weightChanged = task.Weight != values.Weight;
            task.OrganizationId = lead.Id;
            task.SourceKind = values.SourceKind;
            task.SourceReference = values.SourceReference;
            task.ProgrammeId = values.ProgrammeId;
            task.GroupId = values.GroupId;
            task.Title = values.Title;
            task.Description = values.Description;
            task.StartOn = values.StartOn;
            task.DueOn = values.DueOn;
            task.Weight = values.Weight;
            var coordinators = values.Coordinators.Where(c => c != lead.Id).ToHashSet();
            task.Coordinators.RemoveAll(c => !coordinators.Contains(c.OrganizationId));
            foreach (var id in coordinators.Where(id => task.Coordinators.All(c => c.OrganizationId != id)))
            {
                task.Coordinators.Add(new WorkTaskCoordinator { TaskId = task.Id, OrganizationId = id });
            }

            if (db.ChangeTracker.HasChanges())
            {
                task.Revision++;
                task.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                task.UpdatedBy = actor.UserName;
                await db.SaveChangesAsync(ct);
            }

            if (weightChanged)
            {
                await writes.RollUpAsync(task.ParentId, ct);
            }

            return CommandResult<WorkTask>.Ok(task);
        }, cancellationToken);

    public async Task<CommandResult<WorkTask>> CancelAsync(long taskId, CancellationToken cancellationToken) =>
        await writes.RunAsync(async ct =>
        {
            var (task, status) = await LoadForEditAsync(taskId, ct);
            if (task is null)
            {
                return CommandResult<WorkTask>.Refused(status);
            }

            if (!WorkTaskStatusNames.IsOpen(task.Status))
            {
                return CommandResult<WorkTask>.Conflict($"Nhiệm vụ đã ở trạng thái \"{WorkTaskStatusNames.Of(task.Status)}\" nên không hủy được.");
            }

            task.Status = WorkTaskStatus.Cancelled;
            task.Revision++;
            task.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            task.UpdatedBy = actor.UserName;
            await db.SaveChangesAsync(ct);
            await writes.RollUpAsync(task.ParentId, ct);
            logger.LogInformation("Task {TaskId} cancelled", task.Id);
            return CommandResult<WorkTask>.Ok(task);
        }, cancellationToken);

    /// <summary>What a new task from a meeting conclusion starts with: the source, its reference and the giving host.</summary>
    public async Task<(TaskInput? Input, CommandStatus Status)> FromConclusionAsync(long conclusionId, CancellationToken cancellationToken)
    {
        var source = await ConclusionAsync(conclusionId, cancellationToken);
        if (source is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (!await access.CanReadAsync(source.HostPath, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        return (new TaskInput
        {
            ConclusionId = conclusionId,
            SourceKind = nameof(TaskSourceKind.MeetingConclusion),
            SourceReference = source.Reference,
            AssignedByOrganizationId = source.HostId,
            Title = source.Text.Length > ProgrammeLimits.TitleLength ? source.Text[..ProgrammeLimits.TitleLength] : source.Text,
        }, CommandStatus.Ok);
    }

    private sealed record Refusal(CommandStatus Status, ValidationErrors Errors);

    private sealed record Conclusion(long Id, string Text, int HostId, string HostPath, string Reference);

    private async Task<Conclusion?> ConclusionAsync(long conclusionId, CancellationToken cancellationToken)
    {
        var row = await db.Set<Data.Meetings.MeetingConclusion>().AsNoTracking().Where(c => c.Id == conclusionId)
            .Join(db.Set<Data.Meetings.Meeting>(), c => c.MeetingId, m => m.Id, (c, m) => new { c.Id, c.Text, m.HostOrganizationId, m.Title, m.StartsAt })
            .Join(db.Organizations, x => x.HostOrganizationId, o => o.Id, (x, o) => new { x.Id, x.Text, x.HostOrganizationId, x.Title, x.StartsAt, o.Path })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var reference = $"Kết luận {row.Title}, ngày {DateInput.Show(DateOnly.FromDateTime(row.StartsAt))}";
        return new Conclusion(row.Id, row.Text, row.HostOrganizationId, row.Path,
            reference.Length > ProgrammeLimits.ReferenceLength ? reference[..ProgrammeLimits.ReferenceLength] : reference);
    }

    private async Task<(WorkTask? Task, CommandStatus Status)> LoadForEditAsync(long taskId, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(taskId, cancellationToken);
        if (rights is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (!rights.CanEdit)
        {
            return (null, CommandStatus.Forbidden);
        }

        return (await db.WorkTasks.Include(t => t.Coordinators).SingleAsync(t => t.Id == taskId, cancellationToken), CommandStatus.Ok);
    }

    // The checked values; on a refusal the status says whether its errors (Invalid) or a 403 answer.
    private async Task<(Checked? Values, Refusal Refusal)> CheckAsync(TaskInput input, WorkTask? existing, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Text(nameof(input.Title), "tên nhiệm vụ", input.Title, ProgrammeLimits.TitleLength)
            .Text(nameof(input.Description), "nội dung", input.Description, ProgrammeLimits.TextLength, required: false)
            .Text(nameof(input.SourceReference), "căn cứ, nguồn giao", input.SourceReference, ProgrammeLimits.ReferenceLength, required: false);
        var startOn = TaskValidation.Day(input.StartOn, nameof(input.StartOn), "ngày bắt đầu", errors);
        var dueOn = TaskValidation.Day(input.DueOn, nameof(input.DueOn), "hạn hoàn thành", errors);
        if (startOn is { } start && dueOn is { } due && due < start)
        {
            errors.Add(nameof(input.DueOn), "Hạn hoàn thành không được trước ngày bắt đầu.");
        }

        var weight = string.IsNullOrWhiteSpace(input.Weight) ? 1 : TaskValidation.WholeNumber(input.Weight, nameof(input.Weight), "trọng số", 1, ProgrammeLimits.MaxWeight, errors);
        TaskSourceKind? kind = Enum.TryParse<TaskSourceKind>(input.SourceKind?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(input.SourceKind!.Trim()[0])
            ? parsed
            : null;
        // Who gives the task: fixed once given; the host of the meeting for a conclusion; else the parent's lead, the one named, or the working organisation.
        long? conclusionId = existing?.ConclusionId;
        SubtreeAccess.Target? assignedBy = null;
        long? parentId = existing?.ParentId;
        if (existing is not null)
        {
            assignedBy = await access.OrganizationAsync(existing.AssignedByOrganizationId, cancellationToken);
        }
        else if (input.ConclusionId is { } fromConclusion)
        {
            var conclusion = await ConclusionAsync(fromConclusion, cancellationToken);
            if (conclusion is null)
            {
                errors.Add(nameof(input.ConclusionId), "Không tìm thấy kết luận hội nghị đã chọn.");
            }
            else if (!await access.CanReadAsync(conclusion.HostPath, cancellationToken))
            {
                return (null, new Refusal(CommandStatus.Forbidden, errors));
            }
            else
            {
                conclusionId = conclusion.Id;
                assignedBy = await access.OrganizationAsync(conclusion.HostId, cancellationToken);
                kind = TaskSourceKind.MeetingConclusion;
                input.SourceReference = TaskValidation.Blank(input.SourceReference) ?? conclusion.Reference;
            }
        }
        else
        {
            // A parent the person cannot see is answered as one that does not exist.
            var parent = input.ParentId is { } pid && (await access.RightsAsync(pid, cancellationToken))?.CanRead == true
                ? await db.WorkTasks.AsNoTracking().Where(t => t.Id == pid).Select(t => new { t.Id, t.OrganizationId, t.AssignedByOrganizationId, t.Status }).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (input.ParentId is not null && parent is null)
            {
                errors.Add(nameof(input.ParentId), "Không tìm thấy nhiệm vụ cha đã chọn.");
            }
            else if (parent is not null && !WorkTaskStatusNames.IsOpen(parent.Status))
            {
                errors.Add(nameof(input.ParentId), "Nhiệm vụ cha đã hoàn thành hoặc đã hủy nên không thêm nhiệm vụ con được.");
            }

            var assignedById = input.AssignedByOrganizationId ?? parent?.OrganizationId ?? await access.CurrentIdAsync(cancellationToken);
            assignedBy = assignedById is { } id ? await access.OrganizationAsync(id, cancellationToken) : null;
            if (assignedBy is null)
            {
                errors.Add(nameof(input.AssignedByOrganizationId), "Vui lòng chọn đơn vị giao nhiệm vụ.");
            }
            else if (!await access.CanReadAsync(assignedBy.Path, cancellationToken))
            {
                return (null, new Refusal(CommandStatus.Forbidden, errors));
            }
            else if (parent is not null && assignedBy.Id != parent.OrganizationId && assignedBy.Id != parent.AssignedByOrganizationId)
            {
                errors.Add(nameof(input.ParentId), "Chỉ đơn vị chủ trì hoặc đơn vị giao nhiệm vụ cha mới giao nhiệm vụ con.");
            }

            parentId = parent?.Id;
        }

        if (kind is null)
        {
            errors.Add(nameof(input.SourceKind), "Vui lòng chọn nguồn giao nhiệm vụ: chương trình công tác, văn bản chỉ đạo, kết luận hội nghị hoặc yêu cầu của cấp trên.");
        }

        var leadIds = (input.OrganizationIds ?? []).Concat(input.OrganizationId is { } one ? [one] : []).Distinct().ToList();
        var leads = new List<SubtreeAccess.Target>();
        if (leadIds.Count == 0)
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn đơn vị chủ trì.");
        }
        else if (existing is not null && leadIds.Count > 1)
        {
            errors.Add(nameof(input.OrganizationId), "Một nhiệm vụ có một đơn vị chủ trì.");
        }
        else if (leadIds.Count > MaxLeads)
        {
            errors.Add(nameof(input.OrganizationId), $"Một lần giao được cho tối đa {MaxLeads} đơn vị chủ trì.");
        }
        else if (assignedBy is not null)
        {
            foreach (var leadId in leadIds)
            {
                var lead = await access.OrganizationAsync(leadId, cancellationToken);
                if (lead is null || (!lead.IsOpen && lead.Id != existing?.OrganizationId) || !Domain.Organizations.OrganizationPath.IsWithin(assignedBy.Path, lead.Path))
                {
                    errors.Add(nameof(input.OrganizationId), $"Đơn vị chủ trì phải là {assignedBy.Name} hoặc một đơn vị trực thuộc đang hoạt động.");
                    break;
                }

                leads.Add(lead);
            }
        }

        var coordinatorIds = (input.CoordinatorIds ?? []).Distinct().ToList();
        if (coordinatorIds.Count > ProgrammeLimits.MaxCoordinators)
        {
            errors.Add(nameof(input.CoordinatorIds), $"Một nhiệm vụ có tối đa {ProgrammeLimits.MaxCoordinators} đơn vị phối hợp.");
        }
        else if (assignedBy is not null && coordinatorIds.Count > 0)
        {
            var paths = await db.Organizations.AsNoTracking().Where(o => coordinatorIds.Contains(o.Id)).Select(o => o.Path).ToListAsync(cancellationToken);
            if (paths.Count != coordinatorIds.Count || paths.Any(p => !Domain.Organizations.OrganizationPath.IsWithin(assignedBy.Path, p)))
            {
                errors.Add(nameof(input.CoordinatorIds), $"Đơn vị phối hợp phải là {assignedBy.Name} hoặc đơn vị trực thuộc.");
            }
        }

        if (input.ProgrammeId is { } programmeId)
        {
            var programme = await db.WorkProgrammes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => new { p.OrganizationId }).SingleOrDefaultAsync(cancellationToken);
            if (programme is null || (assignedBy is not null && programme.OrganizationId != assignedBy.Id))
            {
                errors.Add(nameof(input.ProgrammeId), "Chương trình công tác phải là chương trình của đơn vị giao nhiệm vụ.");
            }
            else if (input.GroupId is { } groupId && !await db.TaskGroups.AnyAsync(g => g.Id == groupId && g.ProgrammeId == programmeId, cancellationToken))
            {
                errors.Add(nameof(input.GroupId), "Nhóm nhiệm vụ phải thuộc chương trình đã chọn.");
            }
        }
        else if (input.GroupId is not null)
        {
            errors.Add(nameof(input.GroupId), "Vui lòng chọn chương trình công tác của nhóm nhiệm vụ.");
        }
        else if (kind == TaskSourceKind.Programme)
        {
            errors.Add(nameof(input.ProgrammeId), "Nhiệm vụ theo chương trình công tác cần chọn chương trình.");
        }

        if (errors.Any)
        {
            return (null, new Refusal(CommandStatus.Invalid, errors));
        }

        return (new Checked(
            input.Title!.Trim(), TaskValidation.Blank(input.Description), kind!.Value, TaskValidation.Blank(input.SourceReference), assignedBy!,
            leads, coordinatorIds, input.ProgrammeId, input.ProgrammeId is null ? null : input.GroupId, parentId, conclusionId, startOn, dueOn, weight!.Value), new Refusal(CommandStatus.Ok, errors));
    }
}
