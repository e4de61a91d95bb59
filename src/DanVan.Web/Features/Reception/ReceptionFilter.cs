using System.Globalization;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reception;

/// <summary>What a list of sessions or dialogues is filtered by: an organisation's subtree, a month, whether the head received in person, words.</summary>
public sealed record ReceptionFilter(int? OrganizationId, DateOnly? Month, bool? HeadInPerson, string? Q, int Page, int PageSize)
{
    private static readonly string[] MonthFormats = ["MM/yyyy", "M/yyyy", "yyyy-MM"];

    /// <summary>Reads the filters as typed in a query string; every bad one is named.</summary>
    public static (ReceptionFilter Filter, ValidationErrors Errors) Parse(
        string? organizationId, string? month, string? headInPerson, string? q, string? page, string? pageSize)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        int? organization = null;
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            if (int.TryParse(organizationId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                organization = id;
            }
            else
            {
                errors.Add("organizationId", "Mã tổ chức phải là một số nguyên dương.");
            }
        }

        var monthValue = ParseMonth(month, out var monthOk);
        if (!monthOk)
        {
            errors.Add("month", "Tháng phải có dạng MM/yyyy, ví dụ 03/2026.");
        }

        bool? head = headInPerson?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "TRUE" => true,
            "FALSE" => false,
            _ => null,
        };
        if (head is null && !string.IsNullOrWhiteSpace(headInPerson))
        {
            errors.Add("headInPerson", "Lọc người đứng đầu trực tiếp tiếp phải là true hoặc false.");
        }

        var pageNumber = Number(page, "page", "Trang", errors);
        var size = Number(pageSize, "pageSize", "Số dòng mỗi trang", errors);
        var (p, s) = Paging.Normalize(pageNumber, size);
        return (new ReceptionFilter(organization, monthValue, head, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), p, s), errors);
    }

    /// <summary>The first day of a month typed as MM/yyyy or yyyy-MM; <c>null</c> when empty.</summary>
    public static DateOnly? ParseMonth(string? text, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1990 and <= 2100)
        {
            return new DateOnly(day.Year, day.Month, 1);
        }

        valid = false;
        return null;
    }

    public static string ShowMonth(DateOnly? month) => month?.ToString("MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

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
