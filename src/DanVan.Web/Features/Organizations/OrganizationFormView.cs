using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Features.Organizations;

/// <summary>What the shared create/edit form partial needs.</summary>
public sealed record OrganizationFormView(OrganizationInput Input, OrganizationFormChoices Choices, ModelStateDictionary ModelState, bool ShowParent)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
