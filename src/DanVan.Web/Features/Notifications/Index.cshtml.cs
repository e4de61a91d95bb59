using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Notifications;

/// <summary>The person's notifications; opening one or marking it read clears it from the bell.</summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<NotificationDto> List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, _) = Programmes.TaskFilter.Parse(null, null, null, null, null, null, null, PageNumber, null);
        List = await inbox.ListAsync(Unread, filter.Page, filter.PageSize, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long notificationId, bool open, CancellationToken cancellationToken)
    {
        var result = await inbox.MarkReadAsync(notificationId, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return NotFound();
        }

        // Only a local path is followed, never another site.
        return open && result.Value!.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var count = await inbox.MarkAllReadAsync(cancellationToken);
        TempData["Success"] = count == 0 ? "Không còn thông báo chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.";
        return RedirectToPage("Index");
    }
}
