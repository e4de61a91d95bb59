namespace DanVan.Documents;

/// <summary>An official document (văn bản) to write as .docx: header, title, body and closing.</summary>
public sealed record OfficialDocument
{
    /// <summary>Party or State layout.</summary>
    public required DocumentStyle Style { get; init; }

    /// <summary>Tên cơ quan cấp trên / chủ quản, e.g. "ĐẢNG BỘ TỈNH NGHỆ AN"; written in capitals.</summary>
    public required string ParentBody { get; init; }

    /// <summary>Tên cơ quan ban hành, e.g. "BAN TUYÊN GIÁO VÀ DÂN VẬN"; written in capitals.</summary>
    public required string Issuer { get; init; }

    /// <summary>The whole number and symbol, e.g. "12-BC/BTGDVTU" or "12/BC-SNV"; <c>null</c> leaves the number blank for the clerk.</summary>
    public string? Number { get; init; }

    /// <summary>The type abbreviation used when <see cref="Number"/> is blank, e.g. "BC"; empty for a công văn.</summary>
    public string KindAbbreviation { get; init; } = "BC";

    /// <summary>The issuer's registered abbreviation used when <see cref="Number"/> is blank, e.g. "BTGDVTU".</summary>
    public string? IssuerAbbreviation { get; init; }

    /// <summary>Địa danh, e.g. "Vinh".</summary>
    public required string Place { get; init; }

    /// <summary>The date of issue.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Tên loại, e.g. "BÁO CÁO"; written in capitals.</summary>
    public string Kind { get; init; } = "BÁO CÁO";

    /// <summary>Trích yếu, e.g. "kết quả công tác dân vận quý I năm 2026"; its first letter follows the style.</summary>
    public required string Summary { get; init; }

    /// <summary>The content, in order.</summary>
    public IReadOnlyList<DocumentBlock> Body { get; init; } = [];

    /// <summary>Nơi nhận, without the leading "- " or the closing punctuation; "Lưu …" last.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Who signs.</summary>
    public required DocumentSignature Signature { get; init; }
}
