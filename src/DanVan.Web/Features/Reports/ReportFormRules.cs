using System.Text.RegularExpressions;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Checks a whole <see cref="ReportFormInput"/>: every field of every row, every message in Vietnamese.</summary>
public sealed partial class ReportFormRules(AppDbContext db, OrganizationScope scope)
{
    public const int MaxIndicators = 300;
    public const int MaxSections = 30;
    public const int MaxRules = 100;

    public async Task<(ReportForm? Form, ValidationErrors Errors)> CheckAsync(ReportFormInput input, int? editingId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Text(nameof(input.Name), "tên biểu mẫu", input.Name, 300)
            .Text(nameof(input.Description), "mô tả", input.Description, 2000, required: false);
        var code = input.Code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!CodePattern().IsMatch(code))
        {
            errors.Add(nameof(input.Code), "Mã biểu mẫu gồm 2–30 chữ cái không dấu, chữ số, dấu gạch ngang hoặc gạch dưới.");
        }
        else if (editingId is null && await db.ReportForms.AnyAsync(f => f.Code == code, cancellationToken))
        {
            errors.Add(nameof(input.Code), $"Đã có biểu mẫu mã \"{code}\"; muốn thay đổi, hãy tạo phiên bản mới của biểu mẫu đó.");
        }

        if (input.PeriodType is not { } periodType || !Enum.IsDefined(periodType))
        {
            errors.Add(nameof(input.PeriodType), "Vui lòng chọn kỳ báo cáo.");
            periodType = PeriodType.Quarter;
        }

        if (input.DeadlineDays is not { } deadline || deadline is < -31 or > 365)
        {
            errors.Add(nameof(input.DeadlineDays), "Hạn nộp là số ngày sau khi kết thúc kỳ, từ -31 đến 365.");
            deadline = 0;
        }

        if (input.LockAfterDays is { } lockDays && (lockDays < deadline || lockDays > 3650))
        {
            errors.Add(nameof(input.LockAfterDays), "Số ngày khóa sổ không được nhỏ hơn hạn nộp (tối đa 3650); để trống nếu không khóa.");
        }

        var owner = input.OwnerOrganizationId is { } ownerId
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == ownerId).Select(o => new { o.Id, o.Path, o.Level, o.ValidTo }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (owner is null || owner.ValidTo is not null)
        {
            errors.Add(nameof(input.OwnerOrganizationId), "Vui lòng chọn đơn vị ban hành biểu mẫu (đang hoạt động).");
        }
        else if (owner.Level is not (OrganizationLevel.Central or OrganizationLevel.Province))
        {
            errors.Add(nameof(input.OwnerOrganizationId), "Chỉ cơ quan cấp Trung ương hoặc cấp tỉnh ban hành biểu mẫu báo cáo.");
        }

        var levels = input.SubmitterLevels.Distinct().ToList();
        if (levels.Count == 0 || levels.Any(l => !Enum.IsDefined(l)))
        {
            errors.Add(nameof(input.SubmitterLevels), "Vui lòng chọn ít nhất một cấp phải báo cáo.");
        }

        var typeIds = input.SubmitterTypeIds.Distinct().ToList();
        if (typeIds.Count > 0 && await db.OrganizationTypes.CountAsync(t => typeIds.Contains(t.Id), cancellationToken) != typeIds.Count)
        {
            errors.Add(nameof(input.SubmitterTypeIds), "Có loại tổ chức không tồn tại.");
        }

        var form = new ReportForm
        {
            Code = code,
            Name = input.Name?.Trim() ?? string.Empty,
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            PeriodType = periodType,
            OwnerOrganizationId = owner?.Id ?? 0,
            DeadlineDays = deadline,
            LockAfterDays = input.LockAfterDays,
            SubmitterLevels = levels.Aggregate(0, (bits, level) => bits | ReportForm.LevelBit(level)),
            SubmitterTypes = typeIds.Select(id => new ReportFormOrganizationType { OrganizationTypeId = id }).ToList(),
            Indicators = CheckIndicators(input.Indicators, errors),
            Sections = CheckSections(input.Sections, errors),
        };
        form.Rules = CheckRules(input.Rules, form.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal), errors);
        if (owner is not null && !await scope.CanReadAsync(owner.Path, cancellationToken))
        {
            errors.Add(nameof(input.OwnerOrganizationId), "Đơn vị ban hành nằm ngoài phạm vi của bạn.");
        }

        return (errors.Any ? null : form, errors);
    }

    private static List<ReportIndicator> CheckIndicators(List<IndicatorInput> rows, ValidationErrors errors)
    {
        if (rows.Count == 0)
        {
            errors.Add("Indicators", "Biểu mẫu cần ít nhất một chỉ tiêu.");
        }
        else if (rows.Count > MaxIndicators)
        {
            errors.Add("Indicators", $"Một biểu mẫu có tối đa {MaxIndicators} chỉ tiêu.");
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ReportIndicator>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? new IndicatorInput();
            var prefix = $"Indicators[{i}]";
            var code = row.Code?.Trim().ToUpperInvariant() ?? string.Empty;
            if (!IndicatorCodePattern().IsMatch(code))
            {
                errors.Add($"{prefix}.Code", $"Dòng {i + 1}: mã chỉ tiêu bắt đầu bằng chữ cái, gồm chữ không dấu, chữ số và dấu gạch dưới (tối đa 30).");
            }
            else if (!seen.Add(code))
            {
                errors.Add($"{prefix}.Code", $"Dòng {i + 1}: mã chỉ tiêu \"{code}\" bị trùng.");
            }

            errors.Text($"{prefix}.Name", $"tên chỉ tiêu (dòng {i + 1})", row.Name, 400)
                .Text($"{prefix}.GroupName", $"nhóm chỉ tiêu (dòng {i + 1})", row.GroupName, 200, required: false)
                .Text($"{prefix}.Unit", $"đơn vị tính (dòng {i + 1})", row.Unit, 50, required: false)
                .Text($"{prefix}.Categories", $"danh mục phân tổ (dòng {i + 1})", row.Categories, 1000, required: false);
            if (row.Aggregation is not { } aggregation || !Enum.IsDefined(aggregation))
            {
                errors.Add($"{prefix}.Aggregation", $"Dòng {i + 1}: vui lòng chọn cách tổng hợp.");
                aggregation = Aggregation.Sum;
            }

            if (row.Min is { } min && row.Max is { } max && min > max)
            {
                errors.Add($"{prefix}.Max", $"Dòng {i + 1}: giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.");
            }

            if (row.Min is { } a && !double.IsFinite(a) || row.Max is { } b && !double.IsFinite(b))
            {
                errors.Add($"{prefix}.Min", $"Dòng {i + 1}: giới hạn không hợp lệ.");
            }

            var categories = (row.Categories ?? string.Empty).Split(ReportIndicator.CategorySeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (categories.Length > 30 || categories.Distinct(StringComparer.Ordinal).Count() != categories.Length)
            {
                errors.Add($"{prefix}.Categories", $"Dòng {i + 1}: tối đa 30 phân tổ, không trùng nhau, cách nhau bởi dấu |.");
            }

            result.Add(new ReportIndicator
            {
                Code = code,
                Name = row.Name?.Trim() ?? string.Empty,
                GroupName = Blank(row.GroupName),
                Unit = Blank(row.Unit),
                Aggregation = aggregation,
                Categories = categories.Length == 0 ? null : string.Join(ReportIndicator.CategorySeparator, categories),
                Min = row.Min,
                Max = row.Max,
                Position = i + 1,
            });
        }

        return result;
    }

    private static List<ReportSection> CheckSections(List<SectionInput> rows, ValidationErrors errors)
    {
        if (rows.Count > MaxSections)
        {
            errors.Add("Sections", $"Một biểu mẫu có tối đa {MaxSections} phần nội dung.");
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ReportSection>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? new SectionInput();
            var prefix = $"Sections[{i}]";
            var code = row.Code?.Trim().ToUpperInvariant() ?? string.Empty;
            if (!IndicatorCodePattern().IsMatch(code) || !seen.Add(code))
            {
                errors.Add($"{prefix}.Code", $"Phần {i + 1}: mã phần nội dung phải có, không dấu và không trùng.");
            }

            errors.Text($"{prefix}.Title", $"tiêu đề phần {i + 1}", row.Title, 300)
                .Text($"{prefix}.Hint", $"gợi ý của phần {i + 1}", row.Hint, 1000, required: false);
            result.Add(new ReportSection { Code = code, Title = row.Title?.Trim() ?? string.Empty, Hint = Blank(row.Hint), Position = i + 1 });
        }

        return result;
    }

    private static List<ReportRule> CheckRules(List<RuleInput> rows, HashSet<string> codes, ValidationErrors errors)
    {
        if (rows.Count > MaxRules)
        {
            errors.Add("Rules", $"Một biểu mẫu có tối đa {MaxRules} quy tắc kiểm tra.");
            return [];
        }

        var result = new List<ReportRule>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? new RuleInput();
            var prefix = $"Rules[{i}]";
            foreach (var (field, text) in new[] { ("Left", row.Left), ("Right", row.Right) })
            {
                if ((text?.Length ?? 0) > 300)
                {
                    errors.Add($"{prefix}.{field}", $"Quy tắc {i + 1}: biểu thức quá dài.");
                }
                else if (!RuleExpression.TryParse(text, out var expression, out var error))
                {
                    errors.Add($"{prefix}.{field}", $"Quy tắc {i + 1}: {error}");
                }
                else if (expression.Codes.FirstOrDefault(c => !codes.Contains(c)) is { } unknown)
                {
                    errors.Add($"{prefix}.{field}", $"Quy tắc {i + 1}: không có chỉ tiêu mã \"{unknown}\".");
                }
            }

            if (!RuleOperators.TryParse(row.Operator, out var op))
            {
                errors.Add($"{prefix}.Operator", $"Quy tắc {i + 1}: vui lòng chọn phép so sánh.");
            }

            if (row.Severity is not { } severity || !Enum.IsDefined(severity))
            {
                errors.Add($"{prefix}.Severity", $"Quy tắc {i + 1}: vui lòng chọn mức độ.");
                severity = RuleSeverity.Error;
            }

            errors.Text($"{prefix}.Message", $"thông báo của quy tắc {i + 1}", row.Message, 500);
            result.Add(new ReportRule
            {
                Left = row.Left?.Trim().ToUpperInvariant() ?? string.Empty,
                Operator = op,
                Right = row.Right?.Trim().ToUpperInvariant() ?? string.Empty,
                Severity = severity,
                Message = row.Message?.Trim() ?? string.Empty,
                Position = i + 1,
            });
        }

        return result;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{1,29}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,29}$")]
    private static partial Regex IndicatorCodePattern();
}
