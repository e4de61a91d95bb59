using DanVan.Data.Auditing;
using DanVan.Domain.Reception;
using DanVan.Domain.Text;

namespace DanVan.Data.Reception;

/// <summary>A citizen reception session (buổi tiếp công dân) of an organisation.</summary>
public sealed class ReceptionSession : IAuditable, IReceptionRecord
{
    public long Id { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Place
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    /// <summary>The name of the person who received.</summary>
    public string ReceiverName
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    public HeadPosition ReceiverPosition { get; set; }

    /// <summary>Whether the head personally received; only such sessions count toward the head's duty.</summary>
    public bool HeadInPerson { get; set; }

    /// <summary>Tiếp công dân trực tuyến rather than in person.</summary>
    public bool IsOnline { get; set; }

    /// <summary>
    /// Tiếp đột xuất: held because a case called for it (Luật Tiếp công dân, Điều 18(3)), not on the
    /// periodic schedule; shown beside the head's periodic duty, never counted toward it.
    /// </summary>
    public bool IsAdHoc { get; set; }

    /// <summary>Why the ad hoc session was held: the case that called for it.</summary>
    public string? AdHocReason
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public int CitizenCount { get; set; }

    /// <summary>The matters citizens raised.</summary>
    public string Matters
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    /// <summary>What was answered, decided or handed on.</summary>
    public string? Outcomes
    {
        get;
        set
        {
            field = value is null ? null : VietnameseText.Normalize(value);
            Index();
        }
    }

    /// <summary>Place, receiver, matters and outcomes folded for search.</summary>
    public string SearchFolded { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;

    private void Index() => SearchFolded = VietnameseText.Fold(string.Join(' ', Place, ReceiverName, Matters, Outcomes));
}
