using DanVan.Web.Features.Petitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Portal;

/// <summary>A citizen follows a petition with its tracking code: status, the steps they are told of and the published answer.</summary>
public sealed class TrackModel(PetitionDirectory directory) : PageModel
{
    public string? Code { get; private set; }

    public PublicPetitionStatus? Found { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Code = code?.Length > 40 ? code[..40] : code;
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        Found = await directory.PublicAsync(code, cancellationToken);
        Error = Found is null ? "Không có đơn nào với mã tra cứu này. Vui lòng kiểm tra lại mã đã nhận khi gửi đơn (10 ký tự, ví dụ ABCD-EFGH-JK)." : null;
    }
}
