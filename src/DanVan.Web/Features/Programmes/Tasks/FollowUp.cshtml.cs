using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>For leaders: overdue and due-soon counts by child organisation of the chosen one (theo dõi, đôn đốc).</summary>
public sealed class FollowUpModel(TaskDirectory directory, TaskAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    public FollowUpDto? FollowUp { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await access.ChoicesAsync(cancellationToken);
        var (filter, errors) = TaskFilter.Parse(OrganizationId, null, null, null, null, null, null, null, null);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (followUp, status) = await directory.FollowUpAsync(filter.OrganizationId, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        FollowUp = followUp;
        return Page();
    }
}
