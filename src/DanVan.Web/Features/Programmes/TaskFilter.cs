using System.Globalization;
using DanVan.Domain.Programmes;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// What the task list is filtered by: an organisation's subtree, a status ("Open" for every open
/// one), the deadline state (Overdue, DueSoon), a programme, the deadline's year, words.
/// </summary>
/// <param name="Coordinating">The tasks the subtree co-ordinates but another organisation leads, instead of those it leads.</param>
public sealed record TaskFilter(int? OrganizationId, WorkTaskStatus? Status, bool OpenOnly, TaskDeadlineState? Deadline, int? ProgrammeId, int? Year, string? Q, bool DueLast, int Page, int PageSize, bool Coordinating = false)
{
    public const string Open = "Open";

    /// <summary>Reads the filters as typed in a query string; every bad one is named.</summary>
    public static (TaskFilter Filter, ValidationErrors Errors) Parse(
        string? organizationId, string? status, string? deadline, string? programmeId, string? year, string? q, string? sort, string? page, string? pageSize, string? role = null)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        var organization = Id(organizationId, "organizationId", "Mã tổ chức", errors);
        var programme = Id(programmeId, "programmeId", "Mã chương trình", errors);
        WorkTaskStatus? statusValue = null;
        var openOnly = false;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (string.Equals(status.Trim(), Open, StringComparison.OrdinalIgnoreCase))
            {
                openOnly = true;
            }
            else if (Enum.TryParse<WorkTaskStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(status.Trim()[0]))
            {
                statusValue = parsed;
            }
            else
            {
                errors.Add("status", "Trạng thái phải là Open, NotStarted, InProgress, Completed, Paused hoặc Cancelled.");
            }
        }

        TaskDeadlineState? deadlineValue = deadline?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "OVERDUE" => TaskDeadlineState.Overdue,
            "DUESOON" => TaskDeadlineState.DueSoon,
            _ => null,
        };
        if (deadlineValue is null && !string.IsNullOrWhiteSpace(deadline))
        {
            errors.Add("deadline", "Lọc theo hạn phải là Overdue (quá hạn) hoặc DueSoon (sắp đến hạn).");
        }

        var yearValue = Id(year, "year", "Năm", errors);
        if (yearValue is < SaveProgramme.MinYear or > SaveProgramme.MaxYear)
        {
            errors.Add("year", $"Năm phải từ {SaveProgramme.MinYear} đến {SaveProgramme.MaxYear}.");
        }

        var dueLast = false;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            switch (sort.Trim().ToUpperInvariant())
            {
                case "DUE":
                    break;
                case "-DUE":
                    dueLast = true;
                    break;
                default:
                    errors.Add("sort", "Sắp xếp phải là due (hạn sớm trước) hoặc -due (hạn muộn trước).");
                    break;
            }
        }

        var coordinating = role?.Trim().ToUpperInvariant() switch
        {
            null or "" or "LEAD" => false,
            "COORDINATE" => true,
            _ => false,
        };
        if (role?.Trim().ToUpperInvariant() is { Length: > 0 } r && r is not ("LEAD" or "COORDINATE"))
        {
            errors.Add("role", "Vai trò phải là lead (chủ trì) hoặc coordinate (phối hợp).");
        }

        var (p, s) = Paging.Normalize(Id(page, "page", "Trang", errors), Id(pageSize, "pageSize", "Số dòng mỗi trang", errors));
        return (new TaskFilter(organization, statusValue, openOnly, deadlineValue, programme, yearValue, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), dueLast, p, s, coordinating), errors);
    }

    private static int? Id(string? text, string field, string label, ValidationErrors errors)
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
