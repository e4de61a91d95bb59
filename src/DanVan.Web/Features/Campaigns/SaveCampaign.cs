using System.Globalization;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Campaigns;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Campaigns;

/// <summary>
/// Plans, corrects and deletes campaigns of organisations in the person's subtrees, and chooses the
/// organisations taking part. Every change is audited by the auditing interceptor in the same save.
/// </summary>
public sealed class SaveCampaign(AppDbContext db, CampaignAccess access, IAuditActor actor, TimeProvider clock, ILogger<SaveCampaign> logger)
{
    private static readonly OrganizationPresets.Words Words = new(
        "Vui lòng chọn một tổ chức thuộc đơn vị phát động để thêm các đơn vị trực thuộc.",
        "Vui lòng chọn ít nhất một tổ chức tham gia.",
        "Chỉ các tổ chức đang hoạt động trực thuộc đơn vị phát động mới tham gia được.",
        "Vui lòng chọn cách thêm đơn vị tham gia: các tỉnh, thành phố; các đơn vị trực thuộc một tổ chức; hoặc chọn từng tổ chức.");

    private const string StaleMessage = "Phong trào vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới rồi sửa lại.";

    public async Task<CommandResult<Campaign>> CreateAsync(CampaignInput input, CancellationToken cancellationToken)
    {
        var (values, errors) = await CheckAsync(input, null, cancellationToken);
        if (values is null)
        {
            return errors!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        values.Campaign.CreatedAt = values.Campaign.UpdatedAt = now;
        values.Campaign.CreatedBy = values.Campaign.UpdatedBy = actor.UserName;
        values.Campaign.Indicators = [.. values.Indicators.Select((i, n) => new CampaignIndicator { Order = n + 1, Code = i.Code, Name = i.Name, Unit = i.Unit })];
        db.Campaigns.Add(values.Campaign);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Campaign {CampaignId} launched by organization {OrganizationId}", values.Campaign.Id, values.Campaign.HostOrganizationId);
        return CommandResult<Campaign>.Ok(values.Campaign);
    }

    public async Task<CommandResult<Campaign>> UpdateAsync(long campaignId, CampaignInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.ManagedAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<Campaign>.Refused(status);
        }

        var campaign = await db.Campaigns.Include(c => c.Indicators).SingleAsync(c => c.Id == campaignId, cancellationToken);
        var (values, errors) = await CheckAsync(input, campaign, cancellationToken);
        if (values is null)
        {
            return errors!;
        }

        if (input.Revision is { } revision && revision != campaign.Revision)
        {
            return CommandResult<Campaign>.Conflict(StaleMessage);
        }

        // Indicators that have amounts stay; the others follow the form.
        var used = await db.CampaignResultValues.Where(v => campaign.Indicators.Select(i => i.Id).Contains(v.IndicatorId))
            .Select(v => v.IndicatorId).Distinct().ToListAsync(cancellationToken);
        var kept = new List<CampaignIndicator>();
        foreach (var wanted in values.Indicators)
        {
            var existing = campaign.Indicators.FirstOrDefault(i => (wanted.Id is { } id && i.Id == id) || (wanted.Code is not null && i.Code == wanted.Code));
            if (existing is null)
            {
                existing = new CampaignIndicator { Code = wanted.Code };
                campaign.Indicators.Add(existing);
            }

            existing.Name = wanted.Name;
            existing.Unit = wanted.Unit;
            kept.Add(existing);
        }

        var dropped = campaign.Indicators.Where(i => !kept.Contains(i)).ToList();
        if (dropped.FirstOrDefault(i => used.Contains(i.Id)) is { } inUse)
        {
            return CommandResult<Campaign>.Invalid(nameof(input.IndicatorCodes), $"Chỉ tiêu \"{inUse.Name}\" đã có số liệu do các đơn vị ghi nhận nên không bỏ được.");
        }

        db.CampaignIndicators.RemoveRange(dropped);
        for (var n = 0; n < kept.Count; n++)
        {
            kept[n].Order = n + 1;
        }

        var source = values.Campaign;
        campaign.Kind = source.Kind;
        campaign.Name = source.Name;
        campaign.HostOrganizationId = source.HostOrganizationId;
        campaign.StartsOn = source.StartsOn;
        campaign.EndsOn = source.EndsOn;
        campaign.Description = source.Description;
        campaign.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        campaign.UpdatedBy = actor.UserName;
        campaign.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<Campaign>.Conflict(StaleMessage);
        }

        return CommandResult<Campaign>.Ok(campaign);
    }

    /// <summary>Deletes a campaign with its participants and results.</summary>
    public async Task<CommandResult<Campaign>> DeleteAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.ManagedAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<Campaign>.Refused(status);
        }

        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        // Amounts refer to indicators without a cascade: their entries are deleted first, in the same save.
        db.CampaignResults.RemoveRange(await db.CampaignResults.Where(r => r.CampaignId == campaignId).ToListAsync(cancellationToken));
        db.Campaigns.Remove(campaign);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Campaign {CampaignId} deleted", campaignId);
        return CommandResult<Campaign>.Ok(campaign);
    }

    /// <summary>Adds organisations inside the host's subtree as participants; those already in are left as they are.</summary>
    /// <returns>How many were added.</returns>
    public async Task<CommandResult<int>> AddParticipantsAsync(long campaignId, ParticipantsInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.ManagedAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<int>.Refused(status);
        }

        var subtree = db.Organizations.AsNoTracking().WithinSubtree(grant.HostPath).Where(o => o.ValidTo == null && o.Path != grant.HostPath);
        var (chosen, error) = await OrganizationPresets.ChooseAsync(db, subtree, grant.HostPath, input.Preset, input.ParentId, input.OrganizationIds, CampaignLimits.MaxParticipants, Words, cancellationToken);
        if (chosen is null)
        {
            return error!;
        }

        var present = db.CampaignParticipants.Where(p => p.CampaignId == campaignId).Select(p => p.OrganizationId);
        var toAdd = await chosen.Where(id => !present.Contains(id)).ToListAsync(cancellationToken);
        if (await present.CountAsync(cancellationToken) + toAdd.Count > CampaignLimits.MaxParticipants)
        {
            return CommandResult<int>.Invalid(nameof(input.Preset), $"Một phong trào có tối đa {CampaignLimits.MaxParticipants.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đơn vị tham gia trực tiếp.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CampaignParticipants.AddRange(toAdd.Select(id => new CampaignParticipant { CampaignId = campaignId, OrganizationId = id, AddedAt = now, AddedBy = actor.UserName }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult<int>.Conflict("Danh sách đơn vị tham gia vừa được người khác thay đổi. Vui lòng tải lại trang rồi thêm lại.");
        }

        return CommandResult<int>.Ok(toAdd.Count);
    }

    /// <summary>Takes an organisation out of a campaign; not one that (or whose subtree) has recorded results.</summary>
    public async Task<CommandResult<CampaignParticipant>> RemoveParticipantAsync(long campaignId, int organizationId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.ManagedAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<CampaignParticipant>.Refused(status);
        }

        var participant = await db.CampaignParticipants.SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.OrganizationId == organizationId, cancellationToken);
        if (participant is null)
        {
            return CommandResult<CampaignParticipant>.NotFound();
        }

        var path = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Path).SingleAsync(cancellationToken);
        var inside = db.Organizations.IdsWithinSubtree(path);
        if (await db.CampaignResults.AnyAsync(r => r.CampaignId == campaignId && inside.Contains(r.OrganizationId), cancellationToken))
        {
            return CommandResult<CampaignParticipant>.Conflict("Đơn vị này (hoặc đơn vị trực thuộc) đã ghi nhận kết quả nên không bỏ khỏi phong trào được; hãy xóa các lần ghi nhận trước.");
        }

        db.CampaignParticipants.Remove(participant);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CampaignParticipant>.Ok(participant);
    }

    private sealed record WantedIndicator(long? Id, string? Code, string Name, string Unit);

    private sealed record Checked(Campaign Campaign, IReadOnlyList<WantedIndicator> Indicators);

    private async Task<(Checked? Values, CommandResult<Campaign>? Refusal)> CheckAsync(CampaignInput input, Campaign? current, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Text(nameof(input.Name), "tên phong trào, cuộc vận động", input.Name, CampaignLimits.NameLength)
            .Text(nameof(input.Description), "nội dung, mục tiêu", input.Description, CampaignLimits.TextLength, required: false);
        if (!CampaignKindNames.TryParse(input.Kind, out var kind))
        {
            errors.Add(nameof(input.Kind), "Vui lòng chọn loại: phong trào thi đua, cuộc vận động, chăm lo Tết hoặc hỗ trợ, cứu trợ.");
        }

        // Campaigns are planned ahead: a day up to ten years on is accepted.
        var latest = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime).AddYears(10);
        var startsOn = InputChecks.Day(input.StartsOn, nameof(input.StartsOn), "ngày bắt đầu", latest, errors);
        var endsOn = InputChecks.Day(input.EndsOn, nameof(input.EndsOn), "ngày kết thúc", latest, errors);
        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            errors.Add(nameof(input.EndsOn), "Ngày kết thúc không được trước ngày bắt đầu.");
        }
        else if (startsOn is { } from && endsOn is { } to && to > from.AddYears(10))
        {
            errors.Add(nameof(input.EndsOn), "Một phong trào kéo dài tối đa 10 năm; phong trào dài hơn hãy chia thành từng giai đoạn.");
        }

        var indicators = Indicators(input, current, errors);
        var host = input.HostOrganizationId is { } hostId ? await access.Subtree.OrganizationAsync(hostId, cancellationToken) : null;
        if (host is null || (!host.IsOpen && host.Id != current?.HostOrganizationId))
        {
            errors.Add(nameof(input.HostOrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động phát động phong trào.");
        }
        else if (!await access.Subtree.CanReadAsync(host.Path, cancellationToken))
        {
            return (null, CommandResult<Campaign>.Forbidden());
        }
        else if (current is not null && host.Id != current.HostOrganizationId
            && (await access.ParticipantPathsAsync(current.Id, cancellationToken)).Any(p => !OrganizationPath.IsWithin(host.Path, p)))
        {
            errors.Add(nameof(input.HostOrganizationId), "Đơn vị phát động mới phải là cấp trên của mọi đơn vị đang tham gia phong trào.");
        }

        if (errors.Any)
        {
            return (null, errors.ToResult<Campaign>());
        }

        var campaign = new Campaign
        {
            Kind = kind,
            Name = input.Name!.Trim(),
            HostOrganizationId = host!.Id,
            StartsOn = startsOn!.Value,
            EndsOn = endsOn!.Value,
            Description = InputChecks.Blank(input.Description),
        };
        return (new Checked(campaign, indicators), null);
    }

    private static List<WantedIndicator> Indicators(CampaignInput input, Campaign? current, ValidationErrors errors)
    {
        var wanted = new List<WantedIndicator>();
        foreach (var code in (input.IndicatorCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (CampaignIndicatorCatalog.Find(code) is { } standard)
            {
                wanted.Add(new WantedIndicator(null, standard.Code, standard.Name, standard.Unit));
            }
            else
            {
                errors.Add(nameof(input.IndicatorCodes), $"Không có chỉ tiêu mẫu mã \"{code.Trim()}\".");
            }
        }

        var own = (input.OwnIndicators ?? []).Select((r, i) => (Row: r, Index: i))
            .Where(r => !string.IsNullOrWhiteSpace(r.Row?.Name) || !string.IsNullOrWhiteSpace(r.Row?.Unit)).ToList();
        foreach (var (row, index) in own)
        {
            var key = $"{nameof(input.OwnIndicators)}[{index}]";
            errors.Text(key + ".Name", $"tên chỉ tiêu riêng thứ {index + 1}", row.Name, CampaignLimits.IndicatorNameLength)
                .Text(key + ".Unit", $"đơn vị tính của chỉ tiêu riêng thứ {index + 1}", row.Unit, CampaignLimits.UnitLength);
            if (row.Id is { } id && current?.Indicators.Any(i => i.Id == id && i.Code is null) != true)
            {
                errors.Add(key + ".Name", $"Chỉ tiêu riêng thứ {index + 1} không thuộc phong trào này.");
            }

            if (!string.IsNullOrWhiteSpace(row.Name) && !string.IsNullOrWhiteSpace(row.Unit))
            {
                wanted.Add(new WantedIndicator(row.Id, null, VietnameseText.Normalize(row.Name.Trim()), VietnameseText.Normalize(row.Unit.Trim())));
            }
        }

        if (wanted.Count == 0)
        {
            errors.Add(nameof(input.IndicatorCodes), "Vui lòng chọn ít nhất một chỉ tiêu kết quả (số đoàn, số suất quà, số tiền…) để các đơn vị ghi nhận.");
        }
        else if (wanted.Count > CampaignLimits.MaxIndicators)
        {
            errors.Add(nameof(input.IndicatorCodes), $"Mỗi phong trào có tối đa {CampaignLimits.MaxIndicators} chỉ tiêu kết quả.");
        }
        else if (wanted.GroupBy(w => VietnameseText.Fold(w.Name)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(nameof(input.OwnIndicators), $"Chỉ tiêu \"{twice.First().Name}\" bị trùng.");
        }

        return wanted;
    }
}
