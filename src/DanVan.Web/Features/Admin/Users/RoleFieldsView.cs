using DanVan.Domain.Accounts;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Features.Admin.Users;

/// <summary>The organisation and role pickers shared by the create and details pages.</summary>
public sealed record RoleFieldsView(string Prefix, int? OrganizationId, OrganizationRole? Role, IReadOnlyList<ManagedOrganization> Organizations, ModelStateDictionary ModelState)
{
    public string? Error(string field) => ModelState.ErrorFor($"{Prefix}.{field}");
}

public sealed record ManagedOrganization(int Id, string Name);
