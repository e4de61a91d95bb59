using System.Globalization;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Saves values and narrative of a draft or returned report. A save made from an older revision
/// is refused with a conflict, so two people never overwrite each other; every changed value is
/// written to the audit trail with its old and new value.
/// </summary>
public sealed class SaveReport(AppDbContext db, ReportAccess access, FormStructures forms, WriteGate gate, ReportWriter writer, IAuditActor actor, TimeProvider clock)
{
    public const char CategoryMark = '#';
    public const int MaxNarrativeLength = 20000;

    public async Task<CommandResult<int>> HandleAsync(long reportId, ReportSaveInput input, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: true, cancellationToken);
        return target is null ? CommandResult<int>.Refused(status) : await HandleAsync(target, input, cancellationToken);
    }

    /// <summary>Saves into a loaded report, or a new one that <see cref="OpenReport.StartAsync"/> started: then it is written with it.</summary>
    public async Task<CommandResult<int>> HandleAsync(ReportAccess.Target target, ReportSaveInput input, CancellationToken cancellationToken)
    {
        var result = await ApplyAsync(target, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? await CommitAsync(target.Report, cancellationToken) : result;
    }

    /// <summary>Writes the pending save; a conflict when someone saved the report, or wrote the same new report, meanwhile.</summary>
    internal async Task<CommandResult<int>> CommitAsync(Report report, CancellationToken cancellationToken)
    {
        var isNew = report.Id == 0;
        try
        {
            await WriteAsync(report, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }
        catch (DbUpdateException) when (isNew)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }

        return CommandResult<int>.Ok(report.Revision);
    }

    // Values a save adds are kept out of EF's change tracking and written in bulk.
    private readonly Dictionary<Report, List<ReportValue>> _added = new(ReferenceEqualityComparer.Instance);

    // Audit rows of a report not written yet, which get its id when it is.
    private readonly List<(Report Report, AuditEntry Entry)> _unwrittenAudit = [];

    /// <summary>The report's values as the pending save leaves them: the stored ones and those it adds.</summary>
    public IEnumerable<ReportValue> ValuesOf(Report report) => report.Values.Concat(_added.GetValueOrDefault(report) ?? []);

    /// <summary>Records a report's action in the audit trail with the pending save.</summary>
    public void Audit(Report report, string action, object? before, object? after, DateTime at)
    {
        var entry = ReportAudit.Entry(actor, at, report, action, before, after);
        if (report.Id == 0)
        {
            _unwrittenAudit.Add((report, entry));
        }
        else
        {
            db.AuditEntries.Add(entry);
        }
    }

    /// <summary>
    /// Writes the report's pending changes in one transaction: tracked ones through EF, added
    /// values in bulk. A new report (id 0) goes to <see cref="ReportWriter"/> with its values and
    /// audit rows. Throws <see cref="DbUpdateException"/> when another request wrote the same new
    /// report meanwhile.
    /// </summary>
    internal async Task WriteAsync(Report report, CancellationToken cancellationToken)
    {
        var added = _added.GetValueOrDefault(report) ?? [];
        _added.Remove(report);
        if (report.Id == 0)
        {
            var audit = _unwrittenAudit.Where(a => a.Report == report).Select(a => a.Entry).ToList();
            _unwrittenAudit.RemoveAll(a => a.Report == report);
            var form = report.Form;
            report.Form = null; // tracked here, not by the writer, which must not insert it again
            try
            {
                await writer.WriteAsync(new NewReport(report, added, audit), cancellationToken);
            }
            finally
            {
                report.Form = form;
            }

            report.Values.AddRange(added); // shown with the report if this request shows it; this request does not track it
            return;
        }

        using (await gate.EnterAsync(cancellationToken))
        {
            await ReportValueWriter.SaveAsync(db, added, cancellationToken);
        }

        db.AttachRange(added); // stored now: shown with the report if this request shows it
    }

    public const string ConflictMessage = "Báo cáo vừa được người khác lưu; dữ liệu của bạn chưa được ghi. Hãy tải lại trang để xem bản mới nhất rồi nhập lại phần thay đổi.";

    /// <summary>Checks and applies the input to a loaded report, adding its audit row; the caller saves.</summary>
    internal async Task<CommandResult<int>> ApplyAsync(ReportAccess.Target target, ReportSaveInput input, CancellationToken cancellationToken)
    {
        var report = target.Report;
        var transition = ReportWorkflow.Apply(report.Status, ReportAction.Edit, target.IsLocked);
        if (!transition.IsAllowed)
        {
            return CommandResult<int>.Conflict(transition.Refusal!);
        }

        if (input.Revision != report.Revision)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }

        var structure = await forms.GetAsync(db, report.FormId, cancellationToken);
        var indicators = structure.Indicators;
        var sections = structure.Sections;
        var errors = new ValidationErrors();
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var changes = new List<(ReportIndicator Indicator, short Category, double? Value)>();
        var disaggregated = input.Values.Keys.Select(SplitKey).Where(k => k.Category > 0).Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in input.Values)
        {
            var (code, category) = SplitKey(key);
            if (code is null || !byCode.TryGetValue(code, out var indicator) || category > indicator.CategoryList.Count)
            {
                errors.Add($"Values[{key}]", $"Biểu mẫu không có chỉ tiêu \"{Truncate(key)}\".");
                continue;
            }

            if (value is { } number && (!double.IsFinite(number) || Math.Abs(number) > 1e15))
            {
                errors.Add($"Values[{key}]", $"{indicator.Name}: giá trị không hợp lệ.");
            }
            else if (value is { } v && indicator.Range.Check(v) is { } message)
            {
                errors.Add($"Values[{key}]", $"{indicator.Name}: {message}");
            }
            else if (category == 0 && indicator.CategoryList.Count > 0 && indicator.Aggregation == Aggregation.Sum && disaggregated.Contains(indicator.Code))
            {
                continue; // the total of a disaggregated indicator is the sum of its categories
            }

            changes.Add((indicator, category, value));
        }

        var sectionByCode = sections.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, text) in input.Narratives)
        {
            if (sectionByCode.TryGetValue(code, out var section))
            {
                errors.Text($"Narratives[{code}]", $"phần \"{section.Title}\"", text, MaxNarrativeLength, required: false);
            }
            else
            {
                errors.Add($"Narratives[{code}]", $"Biểu mẫu không có phần nội dung \"{Truncate(code)}\".");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var stored = ValuesOf(report).ToDictionary(v => (v.IndicatorId, v.Category));
        foreach (var (indicator, category, value) in changes)
        {
            SetValue(report, stored, indicator, category, value, before, after);
        }

        foreach (var indicator in changes.Where(c => c.Category > 0 && c.Indicator.Aggregation == Aggregation.Sum).Select(c => c.Indicator).Distinct())
        {
            var parts = ValuesOf(report).Where(v => v.IndicatorId == indicator.Id && v.Category > 0).ToList();
            SetValue(report, stored, indicator, 0, parts.Count == 0 ? null : parts.Sum(v => v.Value), before, after);
        }

        foreach (var (code, text) in input.Narratives)
        {
            var section = sectionByCode[code];
            var normalized = string.IsNullOrWhiteSpace(text) ? string.Empty : Domain.Text.VietnameseText.Normalize(text.Trim());
            var current = report.Narratives.FirstOrDefault(n => n.SectionId == section.Id);
            if ((current?.Text ?? string.Empty) == normalized)
            {
                continue;
            }

            before["§" + section.Code] = current?.Text;
            after["§" + section.Code] = normalized;
            if (current is null)
            {
                report.Narratives.Add(new ReportNarrative { SectionId = section.Id, Text = normalized });
            }
            else
            {
                current.Text = normalized;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (after.Count > 0)
        {
            var values = ValuesOf(report).ToList();
            report.Figures = values.Count == 0 ? null : ReportFigures.Pack(structure.Slots, values);
            report.Revision++;
            report.UpdatedAt = now;
            report.UpdatedBy = actor.UserName;
            Audit(report, ReportAudit.ValuesChanged, before, after, now);
        }

        return CommandResult<int>.Ok(report.Revision);
    }

    public static string KeyOf(string code, int category) =>
        category == 0 ? code : string.Create(CultureInfo.InvariantCulture, $"{code}{CategoryMark}{category}");

    public static (string? Code, short Category) SplitKey(string key)
    {
        var mark = key.IndexOf(CategoryMark, StringComparison.Ordinal);
        if (mark < 0)
        {
            return (key.Trim().ToUpperInvariant(), 0);
        }

        return short.TryParse(key[(mark + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var category) && category > 0
            ? (key[..mark].Trim().ToUpperInvariant(), category)
            : (null, 0);
    }

    // Sets one value of the report; values holds the report's values by indicator and category.
    private void SetValue(Report report, Dictionary<(int, short), ReportValue> values, ReportIndicator indicator, short category, double? value, SortedDictionary<string, object?> before, SortedDictionary<string, object?> after)
    {
        var stored = values.GetValueOrDefault((indicator.Id, category));
        if (stored?.Value == value)
        {
            return;
        }

        var key = KeyOf(indicator.Code, category);
        before[key] = stored?.Value;
        after[key] = value;
        var added = _added.GetValueOrDefault(report);
        if (value is null)
        {
            values.Remove((indicator.Id, category));
            if (added?.Remove(stored!) != true)
            {
                report.Values.Remove(stored!);
            }
        }
        else if (stored is null)
        {
            if (added is null)
            {
                _added[report] = added = [];
            }

            var created = new ReportValue { ReportId = report.Id, IndicatorId = indicator.Id, Category = category, Value = value.Value };
            added.Add(created);
            values[(indicator.Id, category)] = created;
        }
        else
        {
            stored.Value = value.Value;
        }
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
