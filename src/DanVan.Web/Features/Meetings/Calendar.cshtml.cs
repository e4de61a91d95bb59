using System.Globalization;
using System.Security.Claims;
using DanVan.Data.Meetings;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>The meetings an organisation sees, as a month or a week (Monday first), with a subscribable feed.</summary>
public sealed class CalendarModel(MeetingDirectory directory, MeetingAccess access, SubtreeAccess organizations, MeetingFeed feed, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    /// <summary>"month" (default) or "week".</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    /// <summary>A day in the month or week shown, dd/MM/yyyy; today when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    public bool IsWeek => string.Equals(View, "week", StringComparison.OrdinalIgnoreCase);

    public DateOnly Today { get; private set; }

    public DateOnly Anchor { get; private set; }

    /// <summary>The first day of the grid (a Monday) and the day after its last.</summary>
    public (DateOnly From, DateOnly To) Grid { get; private set; }

    public ILookup<DateOnly, MeetingRow> ByDay { get; private set; } = Array.Empty<MeetingRow>().ToLookup(m => DateOnly.FromDateTime(m.StartsAt));

    public int Count { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<MeetingTypeDto> Types { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? FeedUrl { get; private set; }

    public string Title => IsWeek
        ? $"Tuần từ {DateInput.Show(Grid.From)} đến {DateInput.Show(Grid.To.AddDays(-1))}"
        : $"Tháng {Anchor.Month}/{Anchor.Year}";

    public string Link(DateOnly day, string? view = null) =>
        $"/Meetings/Calendar?view={view ?? (IsWeek ? "week" : "month")}&date={day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
        + (Root is null ? string.Empty : $"&organizationId={Root.Id}") + (string.IsNullOrEmpty(TypeId) ? string.Empty : $"&typeId={Uri.EscapeDataString(TypeId)}")
        + (string.IsNullOrEmpty(Level) ? string.Empty : $"&level={Uri.EscapeDataString(Level)}");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        Organizations = await organizations.ChoicesAsync(cancellationToken);
        Types = await access.TypesAsync(cancellationToken);
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && await feed.TokenAsync(userId, cancellationToken) is { } token)
        {
            FeedUrl = MeetingsApi.FeedUrl(Request, token);
        }

        DateOnly? anchor = Today;
        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(Date) && (!DateInput.TryParse(Date, out anchor) || anchor is not { Year: >= 2000 and <= 2100 }))
        {
            errors.Add("date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 01/12/2026.");
            anchor = Today;
        }

        Anchor = anchor!.Value;
        var first = IsWeek ? Anchor : new DateOnly(Anchor.Year, Anchor.Month, 1);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var end = IsWeek ? start.AddDays(7) : new DateOnly(Anchor.Year, Anchor.Month, 1).AddMonths(1);
        end = end.AddDays((7 - (((int)end.DayOfWeek + 6) % 7)) % 7);
        Grid = (start, end);

        var (query, parseErrors) = MeetingListInput.Parse(OrganizationId, null, null, TypeId, Level, null, null, null, Today);
        foreach (var (_, messages) in parseErrors.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add("filter", message);
            }
        }

        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (rows, root, status) = await directory.CalendarAsync(query.OrganizationId, start, end, query.Filter, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        Root = root;
        if (rows is not null)
        {
            ByDay = rows.ToLookup(m => DateOnly.FromDateTime(m.StartsAt));
            Count = rows.Count;
        }

        return Page();
    }
}
