using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception;

/// <summary>
/// A list of an organisation's reception records and its subtree's — sessions or dialogues —
/// newest first, filtered by month and by words, paged, and exported to Excel exactly as filtered.
/// </summary>
/// <typeparam name="TRecord">A record as the list shows it.</typeparam>
public abstract class ReceptionListPageModel<TRecord>(SubtreeAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    /// <summary>MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<TRecord>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    /// <summary>"true", "false" or empty: whether the head received in person, for lists that filter by it.</summary>
    protected virtual string? HeadInPerson => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, HeadInPerson, Q, PageNumber, null);
        Organizations = await access.ChoicesAsync(cancellationToken);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (list, root, status) = await ListAsync(filter, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (List, Root) = (list, root);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, HeadInPerson, Q, null, null);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (records, status) = await StreamAsync(filter, cancellationToken);
        return records is null ? this.Refusal(status) ?? NotFound() : Export(records);
    }

    protected abstract Task<(PagedList<TRecord>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken);

    protected abstract Task<(IAsyncEnumerable<TRecord>? Records, CommandStatus Status)> StreamAsync(ReceptionFilter filter, CancellationToken cancellationToken);

    /// <summary>The Excel file of the filtered records, written as they are read.</summary>
    protected abstract ExcelFile Export(IAsyncEnumerable<TRecord> records);
}
