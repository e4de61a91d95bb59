using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>Meetings by type and level over a period, with bridge points and attendance; exported to Excel.</summary>
public sealed class StatisticsModel(MeetingStatistics statistics, SubtreeAccess organizations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public MeetingStatisticsResult? Result { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public static string LevelName(Domain.Organizations.OrganizationLevel level) =>
        IndexModel.Levels.FirstOrDefault(l => l.Level == level).Name ?? Domain.Organizations.OrganizationLevelNames.Of(level);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ChoicesAsync(cancellationToken);
        var (result, errors, status) = await CountAsync(cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (Result, Errors) = (result, errors);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (result, errors, status) = await CountAsync(cancellationToken);
        if (result is null)
        {
            return errors.Count > 0 ? BadRequest() : this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("thong-ke-hoi-nghi.xlsx", "Thống kê hội nghị",
            ["Loại hội nghị", "Cấp chủ trì", "Đã và sẽ tổ chức", "Đã hủy", "Số điểm cầu", "Điểm cầu kết nối", "Người dự tại điểm cầu"],
            result.Rows.Append(result.Total),
            r => [r.TypeName, r.TypeId == 0 ? string.Empty : LevelName(r.Level), r.Held, r.Cancelled, r.BridgePoints, r.Connected, r.Attendance]);
    }

    private async Task<(MeetingStatisticsResult? Result, IReadOnlyList<string> Errors, CommandStatus Status)> CountAsync(CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var from = string.IsNullOrWhiteSpace(From) ? DateInput.Show(new DateOnly(today.Year, 1, 1)) : From;
        var to = string.IsNullOrWhiteSpace(To) ? DateInput.Show(new DateOnly(today.Year, 12, 31)) : To;
        var (query, errors) = MeetingListInput.Parse(OrganizationId, from, to, null, null, null, null, null, today);
        (From, To) = (from, to);
        if (errors.Any)
        {
            return (null, [.. errors.ToDictionary().SelectMany(e => e.Value)], CommandStatus.Invalid);
        }

        var (result, status) = await statistics.CountAsync(query, cancellationToken);
        return (result, [], status);
    }
}
