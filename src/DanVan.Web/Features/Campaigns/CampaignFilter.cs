using DanVan.Domain.Campaigns;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Campaigns;

/// <summary>What the campaign list is filtered by: the organisation whose campaigns are shown, kind, a year the campaign runs in, phase today, words.</summary>
public sealed record CampaignFilter(int? OrganizationId, CampaignKind? Kind, int? Year, CampaignPhase? Phase, string? Q, int Page, int PageSize)
{
    public static (CampaignFilter Filter, ValidationErrors Errors) Parse(
        string? organizationId, string? kind, string? year, string? phase, string? q, string? page, string? pageSize)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        CampaignKind? kindValue = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (CampaignKindNames.TryParse(kind, out var k))
            {
                kindValue = k;
            }
            else
            {
                errors.Add("kind", "Loại phải là EmulationMovement, Drive, TetCare hoặc Relief.");
            }
        }

        var yearValue = errors.Whole(year, "year", "Năm phải có dạng yyyy, từ 2000 đến 2100.");
        if (yearValue is not null and (< 2000 or > 2100))
        {
            errors.Add("year", "Năm phải có dạng yyyy, từ 2000 đến 2100.");
            yearValue = null;
        }

        CampaignPhase? phaseValue = null;
        if (!string.IsNullOrWhiteSpace(phase))
        {
            if (!int.TryParse(phase, out _) && Enum.TryParse<CampaignPhase>(phase.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p))
            {
                phaseValue = p;
            }
            else
            {
                errors.Add("phase", "Giai đoạn phải là Upcoming, Running hoặc Ended.");
            }
        }

        var pageNumber = errors.Whole(page, "page", "Trang phải là một số nguyên dương.");
        var size = errors.Whole(pageSize, "pageSize", "Số dòng mỗi trang phải là một số nguyên dương.");
        var (n, s) = Paging.Normalize(pageNumber, size);
        return (new CampaignFilter(organization, kindValue, yearValue, phaseValue, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), n, s), errors);
    }
}
