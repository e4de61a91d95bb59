using DanVan.Data;
using DanVan.Domain.Exemplary;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>The public showcase: published models recognised today, open to anyone; nothing else of a model leaves the system here.</summary>
public sealed class ShowcaseModel(ModelDirectory directory, ModelFiles files, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "field")]
    public string? FieldText { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public ModelField? Field { get; private set; }

    public PagedList<ModelSummaryDto> List { get; private set; } = new([], 0, 1, 12);

    public IReadOnlyDictionary<long, long> Covers { get; private set; } = new Dictionary<long, long>();

    public ModelDto? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Field = ModelFieldNames.TryParse(FieldText, out var field) ? field : null;
        var q = Q is { Length: > 200 } ? Q[..200] : Q;
        List = await directory.ShowcaseAsync(Field, q, Math.Clamp(PageNumber ?? 1, 1, 10_000), cancellationToken);
        var ids = List.Items.Select(m => m.Id).ToList();
        Covers = await db.ModelPhotos.AsNoTracking().Where(p => ids.Contains(p.ModelId)).GroupBy(p => p.ModelId)
            .Select(g => new { ModelId = g.Key, PhotoId = g.Min(p => p.Id) }).ToDictionaryAsync(g => g.ModelId, g => g.PhotoId, cancellationToken);
        if (Id is { } id)
        {
            Selected = await directory.PublicAsync(id, cancellationToken);
            if (Selected is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(long modelId, long photoId, bool thumbnail, CancellationToken cancellationToken)
    {
        var (content, type, _) = await files.PublicPhotoAsync(modelId, photoId, thumbnail, directory.Today, cancellationToken);
        return content is null ? NotFound() : File(content, type);
    }
}
