namespace DanVan.Web.Infrastructure;

/// <summary>
/// A document a person uploads (a scanned petition, evidence, a report's annex): PDF, Word, Excel,
/// JPG or PNG, not empty, at most 10 MB, with a sensible name. Read into memory once checked.
/// </summary>
public sealed record UploadedDocument(string FileName, string ContentType, byte[] Content)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    /// <summary>The checked document, or the Vietnamese reason it is refused (for the field <c>File</c>).</summary>
    public static async Task<(UploadedDocument? Document, string? Refusal)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file?.FileName ?? string.Empty).Trim();
        if (file is null || file.Length == 0)
        {
            return (null, "Vui lòng chọn một tệp có nội dung.");
        }

        if (!Allowed.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            return (null, "Chỉ nhận tệp PDF, Word, Excel, JPG hoặc PNG.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, "Tệp không được lớn hơn 10 MB.");
        }

        if (name.Length > 255 || name.Any(char.IsControl))
        {
            return (null, "Tên tệp quá dài hoặc có ký tự không hợp lệ.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return (new UploadedDocument(Domain.Text.VietnameseText.Normalize(name), contentType, buffer.ToArray()), null);
    }
}
