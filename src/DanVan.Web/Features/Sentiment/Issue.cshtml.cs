using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Sentiment;

/// <summary>One prominent issue with its follow-ups; records an action and moves its status.</summary>
public sealed class IssueModel(SentimentDirectory directory, FollowUpIssue followUp, TimeProvider clock) : PageModel
{
    public IssueDetailsDto Item { get; private set; } = null!;

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long issueId, CancellationToken cancellationToken)
    {
        FollowUp.On = DateInput.Show(SaveSentimentReport.Today(clock));
        return await ShowAsync(issueId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long issueId, CancellationToken cancellationToken)
    {
        var result = await followUp.HandleAsync(issueId, FollowUp, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(FollowUp));
            return await ShowAsync(issueId, cancellationToken);
        }

        TempData["Success"] = $"Đã ghi việc theo dõi; vấn đề chuyển sang \"{Domain.Sentiment.SentimentNames.Of(result.Value!.ToStatus)}\".";
        return RedirectToPage("Issue", new { issueId });
    }

    private async Task<IActionResult> ShowAsync(long issueId, CancellationToken cancellationToken)
    {
        var (issue, status) = await directory.IssueAsync(issueId, cancellationToken);
        if (issue is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Item = issue;
        // A stale form keeps the revision it was read at, so the conflict is reported rather than overwritten.
        FollowUp.Revision ??= issue.Issue.Revision;
        return Page();
    }
}
