using System.Globalization;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes;

/// <summary>Writes a work programme with its groups, or corrects one (lập, sửa chương trình công tác).</summary>
public sealed class EditModel(SaveProgramme save, ProgrammeDirectory directory, TaskAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    /// <summary>The groups, one a line.</summary>
    [BindProperty]
    public string? GroupLines { get; set; }

    public int? ProgrammeId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? programmeId, int? organizationId, CancellationToken cancellationToken)
    {
        if (programmeId is { } id)
        {
            var (programme, status) = await directory.GetAsync(id, cancellationToken);
            if (programme is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            ProgrammeId = id;
            Input = new ProgrammeInput
            {
                OrganizationId = programme.OrganizationId,
                Year = programme.Year.ToString(CultureInfo.InvariantCulture),
                Title = programme.Title,
                Description = programme.Description,
            };
            GroupLines = string.Join("\n", programme.Groups.Select(g => g.Title));
        }
        else
        {
            Input.OrganizationId = organizationId ?? await access.CurrentIdAsync(cancellationToken);
            Input.Year = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime).Year.ToString(CultureInfo.InvariantCulture);
        }

        Organizations = await access.ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? programmeId, CancellationToken cancellationToken)
    {
        Input.Groups = [.. (GroupLines ?? string.Empty).Split('\n').Select(l => l.Trim())];
        var result = programmeId is { } id
            ? await save.UpdateAsync(id, Input, cancellationToken)
            : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            ProgrammeId = programmeId;
            Organizations = await access.ChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = programmeId is null
            ? $"Đã lập chương trình \"{result.Value!.Title}\" với {result.Value.Groups.Count} nhóm nhiệm vụ."
            : $"Đã lưu thay đổi chương trình \"{result.Value!.Title}\".";
        return RedirectToPage("Details", new { programmeId = result.Value.Id });
    }
}
