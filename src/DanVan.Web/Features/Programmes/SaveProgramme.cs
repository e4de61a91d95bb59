using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Programmes;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// Writes, corrects and deletes work programmes of organisations in the person's subtrees. A
/// programme or group that still holds tasks is never deleted. Audited by the <see cref="AuditInterceptor"/>.
/// </summary>
public sealed class SaveProgramme(AppDbContext db, TaskAccess access, WriteGate gate, IAuditActor actor, TimeProvider clock, ILogger<SaveProgramme> logger)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public async Task<CommandResult<WorkProgramme>> CreateAsync(ProgrammeInput input, CancellationToken cancellationToken)
    {
        var (values, groups, result) = await CheckAsync(input, cancellationToken);
        if (values is null)
        {
            return result!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        values.Groups = [.. groups.Select((title, i) => new TaskGroup { Order = i + 1, Title = title })];
        values.CreatedAt = values.UpdatedAt = now;
        values.CreatedBy = values.UpdatedBy = actor.UserName;
        db.WorkProgrammes.Add(values);
        using (await gate.EnterAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Work programme {ProgrammeId} of organization {OrganizationId} for {Year} created", values.Id, values.OrganizationId, values.Year);
        return CommandResult<WorkProgramme>.Ok(values);
    }

    public async Task<CommandResult<WorkProgramme>> UpdateAsync(int programmeId, ProgrammeInput input, CancellationToken cancellationToken)
    {
        var (programme, status) = await LoadAsync(programmeId, cancellationToken);
        if (programme is null)
        {
            return CommandResult<WorkProgramme>.Refused(status);
        }

        var (values, groups, result) = await CheckAsync(input, cancellationToken);
        if (values is null)
        {
            return result!;
        }

        var used = await db.WorkTasks.Where(t => t.ProgrammeId == programmeId).GroupBy(t => t.GroupId).Select(g => g.Key).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        if (values.OrganizationId != programme.OrganizationId && used.Count > 0)
        {
            errors.Add(nameof(input.OrganizationId), "Chương trình đã có nhiệm vụ nên không đổi được cơ quan, tổ chức.");
        }

        var ordered = programme.Groups.OrderBy(g => g.Order).ToList();
        foreach (var removed in ordered.Skip(groups.Count).Where(g => used.Contains(g.Id)))
        {
            errors.Add(nameof(input.Groups), $"Nhóm \"{removed.Title}\" còn nhiệm vụ nên không xóa được; hãy chuyển các nhiệm vụ sang nhóm khác trước.");
        }

        if (errors.Any)
        {
            return errors.ToResult<WorkProgramme>();
        }

        programme.OrganizationId = values.OrganizationId;
        programme.Year = values.Year;
        programme.Title = values.Title;
        programme.Description = values.Description;
        for (var i = 0; i < groups.Count; i++)
        {
            if (i < ordered.Count)
            {
                ordered[i].Title = groups[i];
                ordered[i].Order = i + 1;
            }
            else
            {
                programme.Groups.Add(new TaskGroup { Order = i + 1, Title = groups[i] });
            }
        }

        foreach (var removed in ordered.Skip(groups.Count))
        {
            programme.Groups.Remove(removed);
        }

        programme.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        programme.UpdatedBy = actor.UserName;
        using (await gate.EnterAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult<WorkProgramme>.Ok(programme);
    }

    public async Task<CommandResult<WorkProgramme>> DeleteAsync(int programmeId, CancellationToken cancellationToken)
    {
        var (programme, status) = await LoadAsync(programmeId, cancellationToken);
        if (programme is null)
        {
            return CommandResult<WorkProgramme>.Refused(status);
        }

        if (await db.WorkTasks.AnyAsync(t => t.ProgrammeId == programmeId, cancellationToken))
        {
            return CommandResult<WorkProgramme>.Conflict("Chương trình đã có nhiệm vụ nên không xóa được. Hãy hủy hoặc chuyển các nhiệm vụ sang chương trình khác trước.");
        }

        db.WorkProgrammes.Remove(programme);
        using (await gate.EnterAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Work programme {ProgrammeId} of organization {OrganizationId} deleted", programme.Id, programme.OrganizationId);
        return CommandResult<WorkProgramme>.Ok(programme);
    }

    private async Task<(WorkProgramme? Programme, CommandStatus Status)> LoadAsync(int programmeId, CancellationToken cancellationToken)
    {
        var programme = await db.WorkProgrammes.Include(p => p.Groups).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
        {
            return (null, CommandStatus.NotFound);
        }

        var organization = await access.OrganizationAsync(programme.OrganizationId, cancellationToken);
        return organization is not null && await access.CanReadAsync(organization.Path, cancellationToken)
            ? (programme, CommandStatus.Ok)
            : (null, CommandStatus.Forbidden);
    }

    private async Task<(WorkProgramme? Values, List<string> Groups, CommandResult<WorkProgramme>? Refusal)> CheckAsync(ProgrammeInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Text(nameof(input.Title), "tên chương trình", input.Title, ProgrammeLimits.TitleLength)
            .Text(nameof(input.Description), "mô tả", input.Description, ProgrammeLimits.TextLength, required: false);
        var year = TaskValidation.WholeNumber(input.Year, nameof(input.Year), "năm", MinYear, MaxYear, errors);
        var groups = (input.Groups ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!.Trim()).ToList();
        if (groups.Count > ProgrammeLimits.MaxGroups)
        {
            errors.Add(nameof(input.Groups), $"Một chương trình có tối đa {ProgrammeLimits.MaxGroups} nhóm nhiệm vụ.");
        }

        foreach (var group in groups)
        {
            errors.Text(nameof(input.Groups), "tên nhóm nhiệm vụ", group, ProgrammeLimits.TitleLength);
        }

        var organization = input.OrganizationId is { } organizationId ? await access.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null)
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức của chương trình.");
        }
        else if (!await access.CanReadAsync(organization.Path, cancellationToken))
        {
            return (null, groups, CommandResult<WorkProgramme>.Forbidden());
        }

        if (errors.Any)
        {
            return (null, groups, errors.ToResult<WorkProgramme>());
        }

        return (new WorkProgramme
        {
            OrganizationId = organization!.Id,
            Year = year!.Value,
            Title = input.Title!.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
        }, groups, null);
    }
}
