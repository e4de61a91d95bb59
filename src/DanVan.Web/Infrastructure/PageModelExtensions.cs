using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Infrastructure;

internal static class PageModelExtensions
{
    /// <summary>A page's answer to a refused command (403 or 404); <c>null</c> when the page shows the errors instead.</summary>
    public static IActionResult? Refusal(this PageModel page, CommandStatus status) => status switch
    {
        CommandStatus.Forbidden => page.Forbid(),
        CommandStatus.NotFound => page.NotFound(),
        _ => null,
    };
}
