using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Campaigns;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Campaigns;

/// <summary>
/// Records what an organisation taking part did for a campaign (its own people, or those above it),
/// and deletes an entry made by mistake. Entries add up: the organisation's result is their sum.
/// </summary>
public sealed class RecordCampaignResult(AppDbContext db, CampaignAccess access, IAuditActor actor, TimeProvider clock, ILogger<RecordCampaignResult> logger)
{
    public async Task<CommandResult<CampaignResult>> RecordAsync(long campaignId, CampaignResultInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<CampaignResult>.Refused(status);
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Indicators).SingleAsync(c => c.Id == campaignId, cancellationToken);
        var errors = new ValidationErrors().Text(nameof(input.Note), "ghi chú", input.Note, CampaignLimits.NoteLength, required: false);
        var organization = input.OrganizationId is { } organizationId ? await access.Subtree.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null)
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn đơn vị ghi nhận kết quả.");
        }
        else if (!await access.Subtree.CanReadAsync(organization.Path, cancellationToken))
        {
            return CommandResult<CampaignResult>.Forbidden();
        }
        else if (!await access.TakesPartAsync(grant, organization.Path, cancellationToken))
        {
            errors.Add(nameof(input.OrganizationId), $"{organization.Name} không tham gia phong trào này nên không ghi nhận kết quả được.");
        }

        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var day = string.IsNullOrWhiteSpace(input.RecordedOn) ? today : InputChecks.Day(input.RecordedOn, nameof(input.RecordedOn), "ngày ghi nhận", today.AddYears(1), errors);
        if (day is { } recorded && recorded > today)
        {
            errors.Add(nameof(input.RecordedOn), "Ngày ghi nhận không được sau hôm nay.");
        }
        else if (day is { } value && !CampaignPhases.AcceptsResultOn(campaign.StartsOn, campaign.EndsOn, value))
        {
            errors.Add(nameof(input.RecordedOn),
                $"Ngày ghi nhận phải trong thời gian phong trào ({DateInput.Show(campaign.StartsOn)} – {DateInput.Show(campaign.EndsOn)}) hoặc trong {CampaignPhases.LateDays} ngày sau khi kết thúc.");
        }

        var values = new List<CampaignResultValue>();
        var rows = input.Values ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row.Value))
            {
                continue;
            }

            var indicator = campaign.Indicators.FirstOrDefault(x => x.Id == row.IndicatorId);
            var key = $"{nameof(input.Values)}[{i}].Value";
            if (indicator is null)
            {
                errors.Add(key, "Chỉ tiêu này không thuộc phong trào.");
            }
            else if (!NumberInput.TryParse(row.Value, out var amount) || amount > CampaignLimits.MaxValue)
            {
                errors.Add(key, $"Số liệu \"{indicator.Name}\" phải là một số không âm, ví dụ 1.250 hoặc 12,5 ({indicator.Unit}).");
            }
            else if (values.Any(v => v.IndicatorId == indicator.Id))
            {
                errors.Add(key, $"Chỉ tiêu \"{indicator.Name}\" được nhập hai lần.");
            }
            else
            {
                values.Add(new CampaignResultValue { IndicatorId = indicator.Id, Value = (double)decimal.Round(amount, 2) });
            }
        }

        if (!errors.Any && values.Count == 0)
        {
            errors.Add(nameof(input.Values), "Vui lòng nhập số liệu của ít nhất một chỉ tiêu.");
        }

        if (errors.Any)
        {
            return errors.ToResult<CampaignResult>();
        }

        var result = new CampaignResult
        {
            CampaignId = campaignId,
            OrganizationId = organization!.Id,
            RecordedOn = day!.Value,
            Note = InputChecks.Blank(input.Note),
            Values = values,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName,
        };
        db.CampaignResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Campaign {CampaignId}: results recorded for organization {OrganizationId}", campaignId, result.OrganizationId);
        return CommandResult<CampaignResult>.Ok(result);
    }

    public async Task<CommandResult<CampaignResult>> DeleteAsync(long campaignId, long resultId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<CampaignResult>.Refused(status);
        }

        var result = await db.CampaignResults.SingleOrDefaultAsync(r => r.Id == resultId && r.CampaignId == campaignId, cancellationToken);
        if (result is null)
        {
            return CommandResult<CampaignResult>.NotFound();
        }

        var path = await db.Organizations.Where(o => o.Id == result.OrganizationId).Select(o => o.Path).SingleAsync(cancellationToken);
        if (!await access.Subtree.CanReadAsync(path, cancellationToken))
        {
            return CommandResult<CampaignResult>.Forbidden();
        }

        db.CampaignResults.Remove(result);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CampaignResult>.Ok(result);
    }
}
