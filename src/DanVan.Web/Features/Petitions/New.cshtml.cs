using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Petitions;

/// <summary>A clerk enters a petition received in person, by post or forwarded (vào sổ đơn).</summary>
public sealed class NewModel(RegisterPetition register, OrganizationScope scope, CurrentOrganization current, RemoteAreas remoteAreas) : PageModel
{
    [BindProperty]
    public PetitionInput Input { get; set; } = new();

    public IReadOnlyList<ScopeRole> Organizations { get; private set; } = [];

    /// <summary>Those of <see cref="Organizations"/> whose unit is designated a remote area.</summary>
    public IReadOnlySet<int> RemoteOrganizations { get; private set; } = new HashSet<int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.OrganizationId = (await current.GetAsync(cancellationToken))?.OrganizationId;
        Input.Channel = Domain.Petitions.PetitionChannel.InPerson;
        Input.ReceivedOn = DateInput.Show(Domain.Reporting.ReportSchedule.VietnamDay(DateTime.UtcNow));
        Input.Petitioners = [new PetitionerInput()];
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Petitioners = [.. Input.Petitioners.Where(p => p is not null)];
        var result = await register.HandleAsync(Input, RegisterPetition.Source.Staff, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            if (Input.Petitioners.Count == 0)
            {
                Input.Petitioners = [new PetitionerInput()];
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = $"Đã vào sổ đơn. Mã tra cứu của người gửi: {result.Value!.Petition.TrackingCode}.";
        return RedirectToPage("Details", new { petitionId = result.Value.Petition.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organizations = [.. (await scope.RolesAsync(cancellationToken)).DistinctBy(r => r.OrganizationId).OrderBy(r => r.Path.Length)];
        RemoteOrganizations = await remoteAreas.RemoteOrganizationsAsync([.. Organizations.Select(o => o.OrganizationId)], cancellationToken);
    }
}
