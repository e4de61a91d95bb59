using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Sends a report to the parent. Broken rules of severity "lỗi" block it; warnings do not.</summary>
public sealed class SubmitReport(AppDbContext db, ReportAccess access, SaveReport save, FormStructures forms, IAuditActor actor, TimeProvider clock, ILogger<SubmitReport> logger)
{
    /// <summary>Saves <paramref name="input"/> (when given) and sends, in one transaction.</summary>
    public async Task<CommandResult<int>> HandleAsync(long reportId, ReportSaveInput? input, int revision, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: true, cancellationToken);
        return target is null ? CommandResult<int>.Refused(status) : await HandleAsync(target, input, revision, cancellationToken);
    }

    /// <summary>Saves and sends a loaded report, or a new one that <see cref="OpenReport.StartAsync"/> started: then it is written with it.</summary>
    public async Task<CommandResult<int>> HandleAsync(ReportAccess.Target target, ReportSaveInput? input, int revision, CancellationToken cancellationToken)
    {
        var report = target.Report;
        if (input is not null)
        {
            var saved = await save.ApplyAsync(target, input, cancellationToken);
            if (saved.Status != CommandStatus.Ok)
            {
                return saved;
            }
        }
        else if (revision != report.Revision)
        {
            return CommandResult<int>.Conflict(SaveReport.ConflictMessage);
        }

        var transition = ReportWorkflow.Apply(report.Status, ReportAction.Submit, target.IsLocked);
        if (!transition.IsAllowed)
        {
            return CommandResult<int>.Conflict(transition.Refusal!);
        }

        var structure = await forms.GetAsync(db, report.FormId, cancellationToken);
        var totals = structure.TotalsOf(save.ValuesOf(report));
        var broken = ReportRuleCheck.Run(structure, totals).Where(m => m.Severity == RuleSeverity.Error).ToList();
        if (broken.Count > 0)
        {
            var errors = new ValidationErrors();
            foreach (var message in broken)
            {
                errors.Add($"Values[{(message.Codes.Count > 0 ? message.Codes[0] : string.Empty)}]", message.Message);
            }

            return errors.ToResult<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = report.Status;
        report.Status = transition.Status;
        report.FirstSubmittedAt ??= now;
        report.SubmittedAt = now;
        report.SubmittedBy = actor.UserName;
        report.ReturnReason = null;
        report.Revision++;
        report.UpdatedAt = now;
        save.Audit(report, ReportAudit.Submitted, new { Status = previous }, new { report.Status, OnTime = report.Form!.Schedule.IsOnTime(target.Period, report.FirstSubmittedAt.Value) }, now);
        var written = await save.CommitAsync(report, cancellationToken);
        if (written.Status != CommandStatus.Ok)
        {
            return written;
        }

        logger.LogInformation("Report {ReportId} submitted", report.Id);
        return CommandResult<int>.Ok(report.Revision);
    }
}
