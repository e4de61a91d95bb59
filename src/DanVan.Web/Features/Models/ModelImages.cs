using SkiaSharp;

namespace DanVan.Web.Features.Models;

/// <summary>
/// Checks that an uploaded photo really is a JPEG or PNG picture and makes its thumbnail on the
/// server (SkiaSharp), so a list of models never downloads full-size photos.
/// </summary>
public static class ModelImages
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int ThumbnailSize = 320;

    // A picture larger than this would take too much memory to decode.
    private const long MaxPixels = 40_000_000;

    private static readonly Dictionary<string, (string ContentType, SKEncodedImageFormat Format)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("image/jpeg", SKEncodedImageFormat.Jpeg),
        [".jpeg"] = ("image/jpeg", SKEncodedImageFormat.Jpeg),
        [".png"] = ("image/png", SKEncodedImageFormat.Png),
    };

    public sealed record Photo(string FileName, string ContentType, byte[] Content, byte[] Thumbnail);

    /// <summary>The checked photo with its thumbnail, or the Vietnamese reason it is refused.</summary>
    public static async Task<(Photo? Photo, string? Refusal)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file?.FileName ?? string.Empty).Trim();
        if (file is null || file.Length == 0)
        {
            return (null, "Vui lòng chọn một ảnh có nội dung (tệp đang trống).");
        }

        if (!Allowed.TryGetValue(Path.GetExtension(name), out var kind))
        {
            return (null, "Chỉ nhận ảnh JPG hoặc PNG.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, "Ảnh không được lớn hơn 5 MB.");
        }

        if (name.Length > 255 || name.Any(char.IsControl))
        {
            return (null, "Tên tệp quá dài hoặc có ký tự không hợp lệ.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var thumbnail = Thumbnail(content, kind.Format);
        return thumbnail is null
            ? (null, "Tệp không phải ảnh JPG hoặc PNG đọc được; vui lòng chọn đúng tệp ảnh.")
            : (new Photo(Domain.Text.VietnameseText.Normalize(name), kind.ContentType, content, thumbnail), null);
    }

    /// <summary>A JPEG at most <see cref="ThumbnailSize"/> pixels on its longer side; <c>null</c> when the bytes are not a picture of the expected format.</summary>
    public static byte[]? Thumbnail(byte[] content, SKEncodedImageFormat expected)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != expected || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)ThumbnailSize / Math.Max(bitmap.Width, bitmap.Height));
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)));
        using var small = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        if (small is null)
        {
            return null;
        }

        // JPEG has no transparency: draw on white first.
        using var surface = SKSurface.Create(new SKImageInfo(small.Width, small.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawBitmap(small, 0, 0);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return encoded.ToArray();
    }
}
