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
public sealed class SaveReport(AppDbContext db, ReportAccess access, FormStructures forms, WriteGate gate, IAuditActor actor, TimeProvider clock)
{
    public const char CategoryMark = '#';
    public const int MaxNarrativeLength = 20000;

    public async Task<CommandResult<int>> HandleAsync(long reportId, ReportSaveInput input, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: true, cancellationToken);
        if (target is null)
        {
            return CommandResult<int>.Refused(status);
        }

        var result = await ApplyAsync(target, input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result;
        }

        try
        {
            await WriteAsync(target.Report, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }

        return CommandResult<int>.Ok(target.Report.Revision);
    }

    // Values a save adds are kept out of EF's change tracking and written in bulk.
    private readonly Dictionary<long, List<ReportValue>> _added = [];

    /// <summary>The report's values as the pending save leaves them: the stored ones and those it adds.</summary>
    public IEnumerable<ReportValue> ValuesOf(Report report) => report.Values.Concat(_added.GetValueOrDefault(report.Id) ?? []);

    /// <summary>Writes the report's pending changes: tracked ones through EF, added values in bulk, in one transaction.</summary>
    internal async Task WriteAsync(Report report, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        await ReportValueWriter.SaveAsync(db, _added.GetValueOrDefault(report.Id) ?? [], cancellationToken);
        if (_added.Remove(report.Id))
        {
            access.Forget(report.Id); // read again with the added values if shown in this request
        }
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
        foreach (var (indicator, category, value) in changes)
        {
            SetValue(report, indicator, category, value, before, after);
        }

        foreach (var indicator in changes.Where(c => c.Category > 0 && c.Indicator.Aggregation == Aggregation.Sum).Select(c => c.Indicator).Distinct())
        {
            var parts = ValuesOf(report).Where(v => v.IndicatorId == indicator.Id && v.Category > 0).ToList();
            SetValue(report, indicator, 0, parts.Count == 0 ? null : parts.Sum(v => v.Value), before, after);
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
            db.AuditEntries.Add(ReportAudit.Entry(actor, now, report, ReportAudit.ValuesChanged, before, after));
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

    private void SetValue(Report report, ReportIndicator indicator, short category, double? value, SortedDictionary<string, object?> before, SortedDictionary<string, object?> after)
    {
        var added = _added.GetValueOrDefault(report.Id);
        var current = ValuesOf(report).FirstOrDefault(v => v.IndicatorId == indicator.Id && v.Category == category);
        if (current?.Value == value)
        {
            return;
        }

        var key = KeyOf(indicator.Code, category);
        before[key] = current?.Value;
        after[key] = value;
        if (value is null)
        {
            if (added?.Remove(current!) != true)
            {
                report.Values.Remove(current!);
            }
        }
        else if (current is null)
        {
            if (added is null)
            {
                _added[report.Id] = added = [];
            }

            added.Add(new ReportValue { ReportId = report.Id, IndicatorId = indicator.Id, Category = category, Value = value.Value });
        }
        else
        {
            current.Value = value.Value;
        }
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
