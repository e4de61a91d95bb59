using DanVan.Domain.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Features.Admin.Users;

/// <summary>The organisation and role pickers shared by the create and details pages.</summary>
public sealed record RoleFieldsView(string Prefix, int? OrganizationId, OrganizationRole? Role, IReadOnlyList<ManagedOrganization> Organizations, ModelStateDictionary ModelState)
{
    public string? Error(string field) =>
        ModelState.TryGetValue($"{Prefix}.{field}", out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}

public sealed record ManagedOrganization(int Id, string Name);
