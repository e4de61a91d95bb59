using System.Globalization;
using DanVan.Data.Meetings;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Meetings;

/// <summary>Reads the filters of a list of meetings as typed in a query string; every bad one is named.</summary>
public static class MeetingListInput
{
    /// <summary>The longest period one list covers.</summary>
    public const int MaxDays = 732;

    public static (MeetingQuery Query, ValidationErrors Errors) Parse(
        string? organizationId, string? from, string? to, string? typeId, string? level, string? q, string? page, string? pageSize, DateOnly today)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        var organization = Number(organizationId, "organizationId", "Mã tổ chức", errors);
        var type = Number(typeId, "typeId", "Loại hội nghị", errors);
        OrganizationLevel? hostLevel = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (Enum.TryParse<OrganizationLevel>(level.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(level, out _))
            {
                hostLevel = parsed;
            }
            else
            {
                errors.Add("level", "Cấp phải là Central, Province hoặc Commune.");
            }
        }

        var first = new DateOnly(today.Year, today.Month, 1);
        var fromDay = Day(from, "from", "Từ ngày", errors) ?? first;
        var toDay = Day(to, "to", "Đến ngày", errors) ?? (string.IsNullOrWhiteSpace(from) ? first.AddMonths(3).AddDays(-1) : fromDay.AddMonths(3).AddDays(-1));
        if (toDay < fromDay)
        {
            errors.Add("to", "Đến ngày phải từ ngày bắt đầu trở đi.");
        }
        else if (toDay.DayNumber - fromDay.DayNumber > MaxDays)
        {
            errors.Add("to", "Mỗi lần xem tối đa 2 năm.");
        }

        var (p, s) = Paging.Normalize(Number(page, "page", "Trang", errors), Number(pageSize, "pageSize", "Số dòng mỗi trang", errors));
        var words = string.IsNullOrWhiteSpace(q) ? null : Domain.Text.VietnameseText.Fold(q.Trim());
        return (new MeetingQuery(organization, fromDay, toDay.AddDays(1), new MeetingFilter(type, hostLevel, words), p, s), errors);
    }

    private static DateOnly? Day(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateInput.TryParse(text, out var day) && day is { Year: >= 2000 and <= 2100 })
        {
            return day;
        }

        errors.Add(field, $"{label} phải có dạng dd/MM/yyyy, ví dụ 01/12/2026.");
        return null;
    }

    private static int? Number(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        errors.Add(field, $"{label} phải là một số nguyên dương.");
        return null;
    }
}
