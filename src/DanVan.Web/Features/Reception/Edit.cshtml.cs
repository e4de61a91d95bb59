using System.Globalization;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception;

/// <summary>Records a reception session, or corrects one (ghi, sửa buổi tiếp công dân).</summary>
public sealed class EditModel(SaveReceptionSession save, ReceptionSessionDirectory directory, SubtreeAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReceptionSessionInput Input { get; set; } = new();

    public long? SessionId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? sessionId, int? organizationId, CancellationToken cancellationToken)
    {
        if (sessionId is { } id)
        {
            var (session, status) = await directory.GetAsync(id, cancellationToken);
            if (session is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            SessionId = id;
            Input = new ReceptionSessionInput
            {
                OrganizationId = session.OrganizationId,
                HeldOn = DateInput.Show(session.HeldOn),
                Place = session.Place,
                ReceiverName = session.ReceiverName,
                ReceiverPosition = session.ReceiverPosition.ToString(),
                HeadInPerson = session.HeadInPerson,
                IsOnline = session.IsOnline,
                IsAdHoc = session.IsAdHoc,
                AdHocReason = session.AdHocReason,
                CitizenCount = session.CitizenCount.ToString(CultureInfo.InvariantCulture),
                Matters = session.Matters,
                Outcomes = session.Outcomes,
            };
        }
        else
        {
            Input.OrganizationId = organizationId ?? await access.CurrentIdAsync(cancellationToken);
            Input.HeldOn = DateInput.Show(ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime));
        }

        await LoadAsync(sessionId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? sessionId, CancellationToken cancellationToken)
    {
        var result = sessionId is { } id
            ? await save.UpdateAsync(id, Input, cancellationToken)
            : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            SessionId = sessionId;
            await LoadAsync(sessionId, cancellationToken);
            return Page();
        }

        var session = result.Value!;
        TempData["Success"] = sessionId is null
            ? $"Đã ghi buổi tiếp công dân ngày {DateInput.Show(session.HeldOn)}." + (session.HeadInPerson
                ? session.IsAdHoc ? " Buổi tiếp đột xuất được ghi riêng, không tính vào số ngày tiếp định kỳ." : " Buổi tiếp được tính vào trách nhiệm tiếp dân định kỳ của người đứng đầu."
                : string.Empty)
            : $"Đã lưu thay đổi buổi tiếp công dân ngày {DateInput.Show(session.HeldOn)}.";
        return RedirectToPage("Details", new { sessionId = session.Id });
    }

    private async Task LoadAsync(long? sessionId, CancellationToken cancellationToken)
    {
        // A session kept with an organisation that has since closed still shows it.
        Organizations = await access.ChoicesAsync(sessionId is null ? null : Input.OrganizationId, cancellationToken);
    }
}
