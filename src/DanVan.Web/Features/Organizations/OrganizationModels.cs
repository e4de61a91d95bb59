using DanVan.Domain.Organizations;

namespace DanVan.Web.Features.Organizations;

/// <summary>An organisation as lists and the tree show it.</summary>
public sealed record OrganizationSummary(
    int Id,
    string Name,
    string TypeName,
    OrganizationLevel Level,
    string? AdminUnitCode,
    int? ParentId,
    string? ParentName,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    bool HasChildren)
{
    public bool IsOpen => ValidTo is null;
}

public sealed record OrganizationDetails(
    int Id,
    string Name,
    int TypeId,
    string TypeName,
    OrganizationLevel Level,
    string? AdminUnitCode,
    string? AdminUnitName,
    int? ParentId,
    string? ParentName,
    string Path,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    int? MergedIntoId,
    string? MergedIntoName,
    IReadOnlyList<Breadcrumb> Ancestors,
    int ChildCount,
    int PeopleCount)
{
    public bool IsOpen => ValidTo is null;
}

public sealed record Breadcrumb(int Id, string Name);

/// <summary>What a person fills in to create or edit an organisation.</summary>
public sealed class OrganizationInput
{
    public string? Name { get; set; }

    public int? TypeId { get; set; }

    public OrganizationLevel? Level { get; set; }

    public string? AdminUnitCode { get; set; }

    public int? ParentId { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? ValidFrom { get; set; }
}

public sealed record CloseOrganizationRequest(string? ClosedOn);

public sealed record MergeOrganizationRequest(int? TargetId, string? EffectiveOn);

public sealed record OrganizationTypeDto(int Id, string Code, string Name, int SortOrder, bool IsActive);

public sealed class OrganizationTypeInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public int? SortOrder { get; set; }

    public bool? IsActive { get; set; }
}
