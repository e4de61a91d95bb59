using System.Globalization;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>Corrects a task; only the assigning organisation's people may.</summary>
public sealed class EditModel(SaveTask save, TaskDirectory directory, ProgrammeDirectory programmes, TaskAccess access) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    [BindProperty]
    public string? ProgrammeGroup { get; set; }

    public long TaskId { get; private set; }

    public TaskForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long taskId, CancellationToken cancellationToken)
    {
        var (task, status) = await directory.GetAsync(taskId, cancellationToken);
        if (task is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        if (!task.CanEdit)
        {
            return Forbid();
        }

        Input = new TaskInput
        {
            Title = task.Title,
            Description = task.Description,
            SourceKind = task.SourceKind.ToString(),
            SourceReference = task.SourceReference,
            OrganizationId = task.OrganizationId,
            CoordinatorIds = [.. task.Coordinators.Select(c => c.Id)],
            ProgrammeId = task.ProgrammeId,
            GroupId = task.GroupId,
            ParentId = task.ParentId,
            StartOn = DateInput.Show(task.StartOn),
            DueOn = DateInput.Show(task.DueOn),
            Weight = task.Weight.ToString(CultureInfo.InvariantCulture),
            Revision = task.Revision,
        };
        await LoadAsync(task, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long taskId, CancellationToken cancellationToken)
    {
        (Input.ProgrammeId, Input.GroupId) = ProgrammeChoice.Parse(ProgrammeGroup);
        var result = await save.UpdateAsync(taskId, Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            var (task, _) = await directory.GetAsync(taskId, cancellationToken);
            await LoadAsync(task!, cancellationToken);
            return Page();
        }

        TempData["Success"] = $"Đã lưu thay đổi nhiệm vụ \"{result.Value!.Title}\".";
        return Redirect($"/Tasks/{taskId}");
    }

    private async Task LoadAsync(TaskDto task, CancellationToken cancellationToken)
    {
        TaskId = task.Id;
        Input.ParentId = task.ParentId;
        var organizations = await access.ChoicesAsync(cancellationToken);
        // The lead and co-ordinators keep showing even if they lie outside the editor's own subtrees.
        var extra = new[] { new OrganizationRef(task.OrganizationId, task.OrganizationName) }.Concat(task.Coordinators)
            .Where(o => organizations.All(c => c.Id != o.Id)).Select(o => new SubtreeAccess.Choice(o.Id, o.Name, 0));
        Form = new TaskForm(Input, true, [.. extra, .. organizations], await programmes.ChoicesAsync(cancellationToken), task.AssignedByOrganizationName, task.ParentTitle);
    }
}
