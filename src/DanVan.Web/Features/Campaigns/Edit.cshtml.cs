using DanVan.Domain.Campaigns;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Campaigns;

/// <summary>Launches a campaign, or corrects one (phát động, sửa phong trào).</summary>
public sealed class EditModel(SaveCampaign save, CampaignDirectory directory, CampaignAccess access) : PageModel
{
    /// <summary>Empty rows offered for the campaign's own indicators.</summary>
    public const int SpareRows = 3;

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public long? CampaignId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? campaignId, int? organizationId, string? kind, CancellationToken cancellationToken)
    {
        if (campaignId is { } id)
        {
            var (campaign, status) = await directory.GetAsync(id, cancellationToken);
            if (campaign is null || !campaign.CanManage)
            {
                return this.Refusal(campaign is null ? status : CommandStatus.Forbidden) ?? NotFound();
            }

            CampaignId = id;
            Input = new CampaignInput
            {
                Kind = campaign.Kind.ToString(),
                Name = campaign.Name,
                HostOrganizationId = campaign.HostOrganizationId,
                StartsOn = DateInput.Show(campaign.StartsOn),
                EndsOn = DateInput.Show(campaign.EndsOn),
                Description = campaign.Description,
                IndicatorCodes = [.. campaign.Indicators.Where(i => i.Code is not null).Select(i => i.Code!)],
                OwnIndicators = [.. campaign.Indicators.Where(i => i.Code is null).Select(i => new OwnIndicatorInput { Id = i.Id, Name = i.Name, Unit = i.Unit })],
                Revision = campaign.Revision,
            };
        }
        else
        {
            Input.HostOrganizationId = organizationId ?? await access.Subtree.CurrentIdAsync(cancellationToken);
            Input.Kind = CampaignKindNames.TryParse(kind, out var k) ? k.ToString() : null;
            var today = directory.Today;
            Input.StartsOn = DateInput.Show(today);
            if (k == CampaignKind.TetCare)
            {
                Input.IndicatorCodes = ["DOAN_THAM", "DOAN_KIEMTRA", "QUA_NCC", "QUA_NGHEO", "QUA_TREEM", "QUA_KHAC", "GIA_TRI_QUA"];
            }
        }

        await LoadAsync(campaignId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? campaignId, CancellationToken cancellationToken)
    {
        var result = campaignId is { } id
            ? await save.UpdateAsync(id, Input, cancellationToken)
            : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            CampaignId = campaignId;
            await LoadAsync(campaignId, cancellationToken);
            return Page();
        }

        var campaign = result.Value!;
        TempData["Success"] = campaignId is null
            ? $"Đã phát động \"{campaign.Name}\". Hãy thêm các đơn vị tham gia để họ ghi nhận kết quả."
            : $"Đã lưu thay đổi \"{campaign.Name}\".";
        return RedirectToPage("Details", new { campaignId = campaign.Id });
    }

    private async Task LoadAsync(long? campaignId, CancellationToken cancellationToken)
    {
        Organizations = await access.Subtree.ChoicesAsync(campaignId is null ? null : Input.HostOrganizationId, cancellationToken);
        Input.IndicatorCodes ??= [];
        Input.OwnIndicators ??= [];
        Input.OwnIndicators.RemoveAll(r => r is null || (r.Id is null && string.IsNullOrWhiteSpace(r.Name) && string.IsNullOrWhiteSpace(r.Unit)));
        Input.OwnIndicators.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new OwnIndicatorInput()));
    }
}
