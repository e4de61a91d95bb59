using DanVan.Domain.Petitions;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Petitions;

/// <summary>What a citizen sends on the public portal.</summary>
public sealed class PublicPetitionInput
{
    public int? OrganizationId { get; set; }

    public PetitionKind? Kind { get; set; }

    public PetitionField? Field { get; set; }

    public string? Summary { get; set; }

    public string? Content { get; set; }

    public string? FullName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>Left empty by people; a field hidden from them that robots fill in.</summary>
    public string? Website { get; set; }
}

/// <summary>
/// A citizen's petition from the public portal, without an account. Spam is held off without any
/// outside service: a limit per client address (the rate-limit policy), a field hidden from
/// people that robots fill in, a minimum time between showing the form and sending it, and a
/// cap on links in the text. The sender gets a tracking code; nothing personal is ever shown back.
/// </summary>
public sealed partial class PublicIntake(RegisterPetition register, TimeProvider clock)
{
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(3);
    public const int MaxLinks = 3;

    public async Task<CommandResult<string>> SubmitAsync(PublicPetitionInput input, DateTimeOffset? formIssuedAt, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(input.Website))
        {
            return CommandResult<string>.Invalid(string.Empty, "Không gửi được đơn. Vui lòng tải lại trang và gửi lại.");
        }

        if (formIssuedAt is { } issued && clock.GetUtcNow() - issued < MinimumFillTime)
        {
            return CommandResult<string>.Invalid(string.Empty, "Đơn được gửi quá nhanh sau khi mở trang. Vui lòng kiểm tra lại nội dung rồi bấm gửi.");
        }

        var links = CountLinks(input.Content) + CountLinks(input.Summary);
        if (links > MaxLinks)
        {
            return CommandResult<string>.Invalid(nameof(input.Content), $"Nội dung có quá nhiều đường dẫn (tối đa {MaxLinks}).");
        }

        var result = await register.HandleAsync(new PetitionInput
        {
            OrganizationId = input.OrganizationId,
            Kind = input.Kind,
            Field = input.Field ?? PetitionField.Other,
            Summary = input.Summary,
            Content = input.Content,
            Petitioners = [new PetitionerInput { FullName = input.FullName, Phone = input.Phone, Email = input.Email, Address = input.Address }],
        }, RegisterPetition.Source.Public, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            // The portal has one sender: name the fields as its form does.
            return CommandResult<string>.Invalid(result.Errors.ToDictionary(e => e.Key.Replace("Petitioners[0].", string.Empty, StringComparison.Ordinal).Replace("Petitioners", "FullName", StringComparison.Ordinal), e => e.Value));
        }

        return CommandResult<string>.Ok(result.Value!.Petition.TrackingCode);
    }

    private static int CountLinks(string? text) => text is null ? 0 : Links().Count(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://|(?<!//)www\.", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Links();
}
