using System.Text.Json;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Reads a report as the fill page and the API show it: every indicator with last period's and last year's value, the narrative, the files and the rule messages.</summary>
public sealed class ReportSheets(AppDbContext db, ReportAccess access, OrganizationScope scope, FormStructures forms, TimeProvider clock)
{
    public async Task<(ReportSheet? Sheet, CommandStatus Status)> GetAsync(long reportId, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: true, cancellationToken);
        return target is null ? (null, status) : (await GetAsync(target, cancellationToken), CommandStatus.Ok);
    }

    /// <summary>The sheet of a report loaded with its content, or just written with it.</summary>
    public async Task<ReportSheet> GetAsync(ReportAccess.Target target, CancellationToken cancellationToken)
    {
        var report = target.Report;
        var reportId = report.Id;
        var form = target.Form;
        var structure = await forms.GetAsync(db, form.Id, cancellationToken);
        var indicators = structure.Indicators;
        var sections = structure.Sections;
        var earlier = await TotalsAsync(report.OrganizationId, form.Code, [target.Period.Previous().Key, target.Period.SameLastYear().Key], cancellationToken);
        var previous = earlier.GetValueOrDefault(target.Period.Previous().Key) ?? [];
        var lastYear = earlier.GetValueOrDefault(target.Period.SameLastYear().Key) ?? [];
        var attachments = target.StartedNow ? [] : await db.ReportAttachments.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Size, a.UploadedAt, a.UploadedBy)).ToListAsync(cancellationToken);

        var values = report.Values.ToDictionary(v => (v.IndicatorId, v.Category), v => v.Value);
        var rows = indicators.Select(i => new IndicatorRow(
            i.Id,
            i.Code,
            i.Name,
            i.GroupName,
            i.Unit,
            i.Aggregation,
            i.Min,
            i.Max,
            values.TryGetValue((i.Id, 0), out var total) ? total : null,
            previous.TryGetValue(i.Code, out var p) ? p : null,
            lastYear.TryGetValue(i.Code, out var l) ? l : null,
            i.CategoryList.Select((name, index) => new CategoryRow(index + 1, name, values.TryGetValue((i.Id, (short)(index + 1)), out var c) ? c : null)).ToList()))
            .ToList();
        var totals = structure.TotalsOf(report.Values);
        var narratives = report.Narratives.ToDictionary(n => n.SectionId, n => n.Text);
        var canEdit = ReportWorkflow.Apply(report.Status, ReportAction.Edit, target.IsLocked).IsAllowed;
        var leadsAbove = await scope.CanReviewAsync(target.OrganizationPath, cancellationToken);
        var canReview = report.Status == ReportStatus.Submitted && leadsAbove;
        var periodLocked = form.Schedule.IsLocked(target.Period, clock.GetUtcNow().UtcDateTime);
        var key = report.PeriodKey;
        var unlockedUntil = periodLocked
            ? await db.ReportUnlocks.AsNoTracking()
                .Where(u => u.OrganizationId == report.OrganizationId && u.PeriodKey == key && u.FormId == form.Id)
                .Select(u => (DateOnly?)u.Until).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ReportSheet(
            report.Id,
            form.Id,
            form.Code,
            form.Name,
            form.Version,
            report.PeriodKey,
            target.Period.Label,
            report.OrganizationId,
            target.OrganizationName,
            report.Status,
            report.Revision,
            report.UpdatedAt,
            report.UpdatedBy,
            report.FirstSubmittedAt,
            report.SubmittedAt,
            report.SubmittedBy,
            report.ReviewedAt,
            report.ReviewedBy,
            report.ReturnReason,
            report.ApprovalOverride,
            form.Schedule.DeadlineOf(target.Period),
            form.Schedule.LocksOn(target.Period),
            target.IsLocked,
            canEdit,
            canReview,
            periodLocked && leadsAbove && report.Status != ReportStatus.Approved,
            unlockedUntil,
            rows,
            sections.Select(s => new NarrativeRow(s.Id, s.Code, s.Title, s.Hint, narratives.GetValueOrDefault(s.Id, string.Empty))).ToList(),
            attachments,
            ReportRuleCheck.Run(structure, totals));
    }

    /// <summary>The brief answer about a report just saved: its state and its rules' messages, read from what is in memory.</summary>
    public async Task<ReportReceipt> ReceiptAsync(ReportAccess.Target target, CancellationToken cancellationToken)
    {
        var report = target.Report;
        var structure = await forms.GetAsync(db, target.Form.Id, cancellationToken);
        return new ReportReceipt(report.Id, target.Form.Code, report.PeriodKey, report.OrganizationId, report.Status, report.Revision,
            ReportRuleCheck.Run(structure, structure.TotalsOf(report.Values)));
    }

    /// <summary>Every change of one value of a report, oldest first, read from the audit trail.</summary>
    public async Task<(IReadOnlyList<ValueChange>? History, CommandStatus Status)> HistoryAsync(long reportId, string key, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
        if (target is null)
        {
            return (null, status);
        }

        var id = reportId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == ReportAudit.EntityType && a.EntityId == id && a.Action == ReportAudit.ValuesChanged)
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.UserName, a.Action, a.Before, a.After })
            .ToListAsync(cancellationToken);
        var history = new List<ValueChange>();
        foreach (var entry in entries)
        {
            if (ReadNumber(entry.After, key, out var after))
            {
                ReadNumber(entry.Before, key, out var before);
                history.Add(new ValueChange(entry.At, entry.UserName, entry.Action, before, after));
            }
        }

        return (history, CommandStatus.Ok);
    }

    // The same organisation's totals for other periods, read from each report's packed figures.
    private async Task<Dictionary<string, Dictionary<string, double>>> TotalsAsync(int organizationId, string formCode, string[] periodKeys, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && periodKeys.Contains(r.PeriodKey) && r.Figures != null && r.Form!.Code == formCode)
            .Select(r => new { r.PeriodKey, r.FormId, r.Figures })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var structure = await forms.GetAsync(db, report.FormId, cancellationToken);
            var totals = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var indicator in structure.Indicators)
            {
                if (ReportFigures.At(report.Figures, structure.Slots.Of(indicator.Id, 0)) is { } value)
                {
                    totals[indicator.Code] = value;
                }
            }

            result[report.PeriodKey] = totals;
        }

        return result;
    }

    // True when the key was part of the change; the value may be null (cleared).
    private static bool ReadNumber(string? json, string key, out double? value)
    {
        value = null;
        if (json is null)
        {
            return false;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (string.Equals(property.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetDouble() : null;
                return true;
            }
        }

        return false;
    }
}
