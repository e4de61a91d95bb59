using System.Globalization;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>The lead organisation reports progress with evidence files (báo cáo tiến độ).</summary>
public sealed class ReportModel(ReportProgress report, TaskDirectory directory) : PageModel
{
    [BindProperty]
    public TaskUpdateInput Input { get; set; } = new();

    public TaskDto Task { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long taskId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(taskId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = new TaskUpdateInput
        {
            ReportedOn = DateInput.Show(directory.Today),
            Progress = Task.ReportedProgress.ToString(CultureInfo.InvariantCulture),
            Status = (Task.Status == Domain.Programmes.WorkTaskStatus.NotStarted ? Domain.Programmes.WorkTaskStatus.InProgress : Task.Status).ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long taskId, CancellationToken cancellationToken)
    {
        var result = await report.ReportAsync(taskId, Input, [.. Request.Form.Files], cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return await LoadAsync(taskId, cancellationToken) ?? Page();
        }

        TempData["Success"] = $"Đã ghi báo cáo tiến độ {result.Value!.Progress}% ngày {DateInput.Show(result.Value.ReportedOn)}; tiến độ các nhiệm vụ cấp trên đã được tính lại.";
        return Redirect($"/Tasks/{taskId}");
    }

    private async Task<IActionResult?> LoadAsync(long taskId, CancellationToken cancellationToken)
    {
        var (task, status) = await directory.GetAsync(taskId, cancellationToken);
        if (task is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        if (!task.CanReport)
        {
            return Forbid();
        }

        Task = task;
        return null;
    }
}
