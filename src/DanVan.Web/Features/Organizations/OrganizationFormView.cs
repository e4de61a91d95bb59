using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Features.Organizations;

/// <summary>What the shared create/edit form partial needs.</summary>
public sealed record OrganizationFormView(OrganizationInput Input, OrganizationFormChoices Choices, ModelStateDictionary ModelState, bool ShowParent)
{
    public string? Error(string key) => ModelState.ErrorFor(key);
}
