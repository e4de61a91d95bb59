using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>Gives a task to one or several lead organisations, also as a sub-task or from a meeting conclusion (giao nhiệm vụ).</summary>
public sealed class NewModel(SaveTask save, TaskDirectory directory, ProgrammeDirectory programmes, TaskAccess access) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    /// <summary>The programme and group picked together, "programmeId" or "programmeId:groupId".</summary>
    [BindProperty]
    public string? ProgrammeGroup { get; set; }

    public TaskForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long? conclusionId, long? parentId, int? programmeId, CancellationToken cancellationToken)
    {
        if (conclusionId is { } fromConclusion)
        {
            var (prefilled, status) = await save.FromConclusionAsync(fromConclusion, cancellationToken);
            if (prefilled is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            Input = prefilled;
        }
        else
        {
            Input.AssignedByOrganizationId = await access.CurrentIdAsync(cancellationToken);
            Input.ProgrammeId = programmeId;
            if (programmeId is not null)
            {
                Input.SourceKind = nameof(Domain.Programmes.TaskSourceKind.Programme);
            }
        }

        if (parentId is { } parent)
        {
            var (task, status) = await directory.GetAsync(parent, cancellationToken);
            if (task is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            Input.ParentId = parent;
            Input.AssignedByOrganizationId = task.CanReport ? task.OrganizationId : task.AssignedByOrganizationId;
            Input.SourceKind = task.SourceKind.ToString();
            Input.SourceReference = task.SourceReference;
            Input.DueOn = DateInput.Show(task.DueOn);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (Input.ProgrammeId, Input.GroupId) = ProgrammeChoice.Parse(ProgrammeGroup);
        var result = await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var tasks = result.Value!;
        TempData["Success"] = tasks.Count == 1
            ? $"Đã giao nhiệm vụ \"{tasks[0].Title}\"."
            : $"Đã giao nhiệm vụ \"{tasks[0].Title}\" cho {tasks.Count} đơn vị chủ trì, mỗi đơn vị một nhiệm vụ.";
        return tasks.Count == 1 ? Redirect($"/Tasks/{tasks[0].Id}") : Redirect(Input.ParentId is { } parent ? $"/Tasks/{parent}" : $"/Tasks?organizationId={tasks[0].AssignedByOrganizationId}&q={Uri.EscapeDataString(tasks[0].Title.Length > 100 ? tasks[0].Title[..100] : tasks[0].Title)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        string? fixedBy = null;
        if (Input.ConclusionId is not null && Input.AssignedByOrganizationId is { } host)
        {
            fixedBy = (await access.OrganizationAsync(host, cancellationToken))?.Name;
        }

        var parentTitle = Input.ParentId is { } parent ? (await directory.GetAsync(parent, cancellationToken)).Task?.Title : null;
        Form = new TaskForm(Input, false, await access.ChoicesAsync(cancellationToken), await programmes.ChoicesAsync(cancellationToken), fixedBy, parentTitle);
    }
}
