using System.Globalization;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The query values and pickers the report and issue lists share.</summary>
public abstract class SentimentListPage(SentimentDirectory directory, SentimentAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public SubtreeAccess.Root? Root { get; protected set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public SentimentListFilters Filters { get; private set; } = new([], null, null, null, null, []);

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    protected SentimentDirectory Directory => directory;

    /// <summary>The filter for a page of the list, or for an export of everything it matches.</summary>
    protected (SentimentFilter Filter, ValidationErrors Errors) Parse(string? kind, string? assessment, string? status, bool export) =>
        SentimentFilter.Parse(new(OrganizationId, From, To, kind, assessment, Topic, status, Q, export ? null : PageNumber, null));

    /// <summary>Loads the pickers; shows the filter errors when there are any.</summary>
    protected async Task<bool> PrepareAsync(ValidationErrors errors, CancellationToken cancellationToken)
    {
        var organizations = await access.Subtree.ChoicesAsync(cancellationToken);
        var selected = int.TryParse(OrganizationId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : await access.Subtree.CurrentIdAsync(cancellationToken);
        Filters = new SentimentListFilters(organizations, selected, From, To, Topic, await directory.TopicsAsync(cancellationToken));
        Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
        return !errors.Any;
    }
}
