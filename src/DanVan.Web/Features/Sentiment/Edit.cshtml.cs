using System.Globalization;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Sentiment;

/// <summary>Sends a sentiment report, or corrects one (gửi, sửa báo cáo tình hình nhân dân).</summary>
public sealed class EditModel(SaveSentimentReport save, SentimentDirectory directory, SentimentAccess access, TimeProvider clock) : PageModel
{
    /// <summary>Empty issue rows offered below the filled ones.</summary>
    public const int SpareIssues = 2;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [BindProperty]
    public SentimentReportInput Input { get; set; } = new();

    public long? ReportId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<SentimentTopicDto> Topics { get; private set; } = [];

    public string TopicName(int? id) => Topics.FirstOrDefault(t => t.Id == id)?.Name ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(long? reportId, int? organizationId, CancellationToken cancellationToken)
    {
        if (reportId is { } id)
        {
            var (report, status) = await directory.ReportAsync(id, cancellationToken);
            if (report is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            ReportId = id;
            Input = new SentimentReportInput
            {
                OrganizationId = report.OrganizationId,
                Kind = report.Kind.ToString(),
                PeriodStart = DateInput.Show(report.PeriodStart),
                PeriodEnd = DateInput.Show(report.PeriodEnd),
                Assessment = report.Assessment.ToString(),
                Narrative = report.Narrative,
                Revision = report.Revision,
                Topics = [.. report.Topics.Select(t => new TopicRatingInput { TopicId = t.TopicId, Assessment = t.Assessment.ToString(), Note = t.Note })],
                Issues = [.. report.Issues.Select(i => new IssueInput
                {
                    Id = i.Id, TopicId = i.TopicId, Title = i.Title, Locality = i.Locality, Scale = i.Scale.ToString(),
                    Households = i.Households?.ToString("N0", Vietnamese), People = i.People?.ToString("N0", Vietnamese),
                })],
            };
        }
        else
        {
            var today = SaveSentimentReport.Today(clock);
            var quarter = Domain.Sentiment.SentimentPeriods.Of(today, Domain.Sentiment.SentimentGranularity.Quarter);
            Input.OrganizationId = organizationId ?? await access.Subtree.CurrentIdAsync(cancellationToken);
            Input.Kind = nameof(Domain.Sentiment.SentimentReportKind.Periodic);
            Input.PeriodStart = DateInput.Show(quarter.Start);
            Input.PeriodEnd = DateInput.Show(today);
        }

        await LoadAsync(reportId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? reportId, CancellationToken cancellationToken)
    {
        var result = reportId is { } id ? await save.UpdateAsync(id, Input, cancellationToken) : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            ReportId = reportId;
            await LoadAsync(reportId, cancellationToken);
            return Page();
        }

        TempData["Success"] = reportId is null
            ? "Đã gửi báo cáo tình hình nhân dân. Các vấn đề nổi cộm được theo dõi ở thẻ \"Vấn đề nổi cộm\"."
            : "Đã lưu thay đổi của báo cáo tình hình nhân dân.";
        return RedirectToPage("Details", new { reportId = result.Value!.Id });
    }

    private async Task LoadAsync(long? reportId, CancellationToken cancellationToken)
    {
        Organizations = await access.Subtree.ChoicesAsync(reportId is null ? null : Input.OrganizationId, cancellationToken);
        var all = await directory.TopicsAsync(cancellationToken);
        Input.Topics ??= [];
        Input.Issues ??= [];
        var rated = Input.Topics.Where(t => t.TopicId is not null).ToDictionary(t => t.TopicId!.Value, t => t);
        var used = Input.Issues.Select(i => i.TopicId).ToHashSet();
        Topics = [.. all.Where(t => t.IsActive || rated.ContainsKey(t.Id) || used.Contains(t.Id))];
        // One row per topic in catalogue order, keeping what was typed.
        Input.Topics = [.. Topics.Select(t => rated.GetValueOrDefault(t.Id) ?? new TopicRatingInput { TopicId = t.Id })];
        Input.Issues.RemoveAll(i => i is null || (i.Id is null && i.IsEmpty));
        Input.Issues.AddRange(Enumerable.Range(0, SpareIssues).Select(_ => new IssueInput()));
    }
}
