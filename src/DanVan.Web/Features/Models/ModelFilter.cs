using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Models;

/// <summary>What the model list is filtered by: an organisation's subtree, field, level, the year it started, recognition, words.</summary>
public sealed record ModelFilter(int? OrganizationId, ModelField? Field, OrganizationLevel? Level, int? Year, ModelRecognitionState? Recognition, string? Q, int Page, int PageSize)
{
    /// <summary>Reads the filters as typed in a query string; every bad one is named.</summary>
    public static (ModelFilter Filter, ValidationErrors Errors) Parse(
        string? organizationId, string? field, string? level, string? year, string? recognition, string? q, string? page, string? pageSize)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");

        ModelField? fieldValue = null;
        if (!string.IsNullOrWhiteSpace(field))
        {
            if (ModelFieldNames.TryParse(field, out var f))
            {
                fieldValue = f;
            }
            else
            {
                errors.Add("field", "Lĩnh vực phải là Economy, CultureSociety, DefenceSecurity hoặc PartyBuilding.");
            }
        }

        OrganizationLevel? levelValue = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (Enum.TryParse<OrganizationLevel>(level.Trim(), ignoreCase: true, out var l) && Enum.IsDefined(l) && !int.TryParse(level, out _))
            {
                levelValue = l;
            }
            else
            {
                errors.Add("level", "Cấp phải là Central, Province, District hoặc Commune.");
            }
        }

        var yearValue = errors.Whole(year, "year", "Năm phải có dạng yyyy, từ 1945 đến 2100.");
        if (yearValue is not null and (< 1945 or > 2100))
        {
            errors.Add("year", "Năm phải có dạng yyyy, từ 1945 đến 2100.");
            yearValue = null;
        }

        ModelRecognitionState? state = recognition?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "RECOGNISED" => ModelRecognitionState.Recognised,
            "EXPIRED" => ModelRecognitionState.Expired,
            "NONE" => ModelRecognitionState.None,
            _ => null,
        };
        if (state is null && !string.IsNullOrWhiteSpace(recognition))
        {
            errors.Add("recognition", "Lọc công nhận phải là Recognised, Expired hoặc None.");
        }

        var pageNumber = errors.Whole(page, "page", "Trang phải là một số nguyên dương.");
        var size = errors.Whole(pageSize, "pageSize", "Số dòng mỗi trang phải là một số nguyên dương.");
        var (p, s) = Paging.Normalize(pageNumber, size);
        return (new ModelFilter(organization, fieldValue, levelValue, yearValue, state, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), p, s), errors);
    }
}
