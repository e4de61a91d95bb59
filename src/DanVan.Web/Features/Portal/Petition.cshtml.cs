using System.Globalization;
using DanVan.Web.Features.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Portal;

/// <summary>The public portal: a citizen sends a petition, recommendation or feedback without an account and gets a tracking code.</summary>
public sealed class PetitionModel(PublicIntake intake, PublicPlaces places, IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    private readonly IDataProtector _stamps = protection.CreateProtector("DanVan.Public.FormStamp");

    [BindProperty]
    public PublicPetitionInput Input { get; set; } = new();

    [BindProperty]
    public string? Province { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public IReadOnlyList<PublicPlaces.Province> Provinces { get; private set; } = [];

    public IReadOnlyList<PublicPlaces.Place> Places { get; private set; } = [];

    [TempData]
    public string? SentCode { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The places of a province, as the options of the "Nơi nhận" list (htmx).</summary>
    public async Task<IActionResult> OnGetPlacesAsync(string? province, CancellationToken cancellationToken)
    {
        Places = await places.PlacesAsync(province, cancellationToken);
        return Partial("_Places", Places);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await intake.SubmitAsync(Input, IssuedAt(), cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            SentCode = result.Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Provinces = await places.ProvincesAsync(cancellationToken);
        Places = await places.PlacesAsync(Province, cancellationToken);
        Stamp = _stamps.Protect(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
    }

    // When the form was shown; a missing or forged stamp counts as "just now", so it is refused as too fast.
    private DateTimeOffset IssuedAt()
    {
        try
        {
            return Stamp is null ? clock.GetUtcNow() : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(_stamps.Unprotect(Stamp), CultureInfo.InvariantCulture));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return clock.GetUtcNow();
        }
        catch (FormatException)
        {
            return clock.GetUtcNow();
        }
    }
}
