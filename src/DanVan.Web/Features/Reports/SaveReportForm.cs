using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Creates a form (version 1, draft) or rewrites a draft version; a published version never changes.</summary>
public sealed class SaveReportForm(AppDbContext db, ReportFormRules rules, OrganizationScope scope, TimeProvider clock, ILogger<SaveReportForm> logger)
{
    public async Task<CommandResult<int>> CreateAsync(ReportFormInput input, CancellationToken cancellationToken)
    {
        var (form, errors) = await rules.CheckAsync(input, editingId: null, cancellationToken);
        if (form is null)
        {
            return errors.ToResult<int>();
        }

        form.Status = ReportFormStatus.Draft;
        form.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.ReportForms.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Report form {FormId} {Code} created", form.Id, form.Code);
        return CommandResult<int>.Ok(form.Id);
    }

    public async Task<CommandResult<int>> UpdateAsync(int formId, ReportFormInput input, CancellationToken cancellationToken)
    {
        var existing = await db.ReportForms
            .Include(f => f.Indicators).Include(f => f.Sections).Include(f => f.Rules).Include(f => f.SubmitterTypes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == formId, cancellationToken);
        if (existing is null)
        {
            return CommandResult<int>.NotFound();
        }

        var ownerPath = await db.Organizations.Where(o => o.Id == existing.OwnerOrganizationId).Select(o => o.Path).SingleAsync(cancellationToken);
        if (!await scope.CanReadAsync(ownerPath, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        input.Code = existing.Code;
        var (form, errors) = await rules.CheckAsync(input, formId, cancellationToken);
        if (form is null)
        {
            return errors.ToResult<int>();
        }

        if (existing.Status != ReportFormStatus.Draft)
        {
            return CommandResult<int>.Conflict("Biểu mẫu đã ban hành thì không sửa được; hãy tạo phiên bản mới để thay đổi.");
        }

        existing.Name = form.Name;
        existing.Description = form.Description;
        existing.PeriodType = form.PeriodType;
        existing.OwnerOrganizationId = form.OwnerOrganizationId;
        existing.DeadlineDays = form.DeadlineDays;
        existing.LockAfterDays = form.LockAfterDays;
        existing.SubmitterLevels = form.SubmitterLevels;
        Replace(existing.SubmitterTypes, form.SubmitterTypes);
        ReplaceByCode(existing.Indicators, form.Indicators, i => i.Code, (to, from) =>
        {
            to.Name = from.Name;
            to.GroupName = from.GroupName;
            to.Unit = from.Unit;
            to.Aggregation = from.Aggregation;
            to.Categories = from.Categories;
            to.Min = from.Min;
            to.Max = from.Max;
            to.Position = from.Position;
        });
        ReplaceByCode(existing.Sections, form.Sections, s => s.Code, (to, from) =>
        {
            to.Title = from.Title;
            to.Hint = from.Hint;
            to.Position = from.Position;
        });
        Replace(existing.Rules, form.Rules);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Report form {FormId} updated", formId);
        return CommandResult<int>.Ok(formId);
    }

    private static void Replace<T>(List<T> existing, List<T> replacement)
    {
        existing.Clear();
        existing.AddRange(replacement);
    }

    // Rows keep their identity by code, so an edit is audited as the change it is.
    private static void ReplaceByCode<T>(List<T> existing, List<T> replacement, Func<T, string> code, Action<T, T> copy)
    {
        var byCode = replacement.ToDictionary(code, StringComparer.Ordinal);
        existing.RemoveAll(e => !byCode.ContainsKey(code(e)));
        foreach (var row in existing)
        {
            copy(row, byCode[code(row)]);
        }

        var kept = existing.Select(code).ToHashSet(StringComparer.Ordinal);
        existing.AddRange(replacement.Where(r => !kept.Contains(code(r))));
    }
}
