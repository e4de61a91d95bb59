using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin.Users;

public sealed class IndexModel(UserDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public PagedList<UserSummary> Users { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Q?.Length > 200 ? Q[..200] : Q;
        Users = await directory.SearchAsync(q, PageNumber, Paging.DefaultPageSize, cancellationToken);
    }
}
