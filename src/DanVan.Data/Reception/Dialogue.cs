using DanVan.Data.Auditing;
using DanVan.Domain.Reception;
using DanVan.Domain.Text;

namespace DanVan.Data.Reception;

/// <summary>A direct dialogue (đối thoại trực tiếp) a head held with the people.</summary>
public sealed class Dialogue : IAuditable, IReceptionRecord
{
    public long Id { get; set; }

    public int OrganizationId { get; set; }

    public string Topic
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

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

    /// <summary>The name of the person who held it (chủ trì).</summary>
    public string HostName
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    public HeadPosition HostPosition { get; set; }

    public int ParticipantCount { get; set; }

    /// <summary>Who took part, e.g. "Đại diện các hộ dân thôn 3, Hội Nông dân xã".</summary>
    public string? Participants
    {
        get;
        set
        {
            field = value is null ? null : VietnameseText.Normalize(value);
            Index();
        }
    }

    /// <summary>The issues people raised.</summary>
    public string Issues
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    /// <summary>The answers given at the dialogue.</summary>
    public string? Answers
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    /// <summary>Follow-up tasks, one a line.</summary>
    public string? FollowUps
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    /// <summary>Topic, place, host, participants and issues folded for search.</summary>
    public string SearchFolded { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;

    private void Index() => SearchFolded = VietnameseText.Fold(string.Join(' ', Topic, Place, HostName, Participants, Issues));
}
