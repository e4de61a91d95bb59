using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>One task: source, lead and co-ordinators, deadline state, progress history with evidence, sub-tasks; cancelling asks first.</summary>
public sealed class DetailsModel(TaskDirectory directory, SaveTask save, ReportProgress report) : PageModel
{
    public TaskDto Task { get; private set; } = null!;

    public DateOnly Today => directory.Today;

    public async Task<IActionResult> OnGetAsync(long taskId, CancellationToken cancellationToken)
    {
        var (task, status) = await directory.GetAsync(taskId, cancellationToken);
        if (task is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Task = task;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(long taskId, CancellationToken cancellationToken)
    {
        var result = await save.CancelAsync(taskId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddModelError(string.Empty, result.Message!);
            return await OnGetAsync(taskId, cancellationToken);
        }

        TempData["Success"] = $"Đã hủy nhiệm vụ \"{result.Value!.Title}\". Việc hủy được ghi vào nhật ký thay đổi.";
        return Redirect($"/Tasks/{taskId}");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(long taskId, long evidenceId, CancellationToken cancellationToken)
    {
        var (evidence, status) = await report.EvidenceAsync(taskId, evidenceId, cancellationToken);
        return evidence is null ? this.Refusal(status) ?? NotFound() : File(evidence.Content, evidence.ContentType, evidence.FileName);
    }
}
