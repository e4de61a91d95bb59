using System.Text.Json.Serialization;
using DanVan.Domain.Reception;

namespace DanVan.Web.Features.Reception;

/// <summary>A reception session as a clerk records it or another system sends it.</summary>
public sealed class ReceptionSessionInput
{
    /// <summary>The organisation whose head's reception it is.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? HeldOn { get; set; }

    public string? Place { get; set; }

    public string? ReceiverName { get; set; }

    /// <summary>PartySecretary, PeopleCommitteeChair, CouncilStanding, AgencyHead or DeputyOrDelegate.</summary>
    public string? ReceiverPosition { get; set; }

    /// <summary>Whether the head personally received: only then does the session count toward the duty.</summary>
    public bool HeadInPerson { get; set; }

    /// <summary>Received online rather than in person.</summary>
    public bool IsOnline { get; set; }

    /// <summary>Tiếp đột xuất: held because a case called for it; counted beside the periodic duty, not toward it.</summary>
    public bool IsAdHoc { get; set; }

    /// <summary>The case that called for the ad hoc session; required when <see cref="IsAdHoc"/>.</summary>
    public string? AdHocReason { get; set; }

    /// <summary>How many citizens came, a whole number.</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? CitizenCount { get; set; }

    public string? Matters { get; set; }

    public string? Outcomes { get; set; }
}

public sealed record ReceptionSessionDto(
    long Id,
    int OrganizationId,
    string OrganizationName,
    DateOnly HeldOn,
    string Place,
    string ReceiverName,
    HeadPosition ReceiverPosition,
    string ReceiverPositionName,
    bool HeadInPerson,
    bool IsOnline,
    bool IsAdHoc,
    string? AdHocReason,
    int CitizenCount,
    string Matters,
    string? Outcomes,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

/// <summary>A direct dialogue as it is recorded.</summary>
public sealed class DialogueInput
{
    public int? OrganizationId { get; set; }

    public string? Topic { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? HeldOn { get; set; }

    public string? Place { get; set; }

    /// <summary>Who held it (chủ trì).</summary>
    public string? HostName { get; set; }

    /// <summary>PartySecretary, PeopleCommitteeChair, AgencyHead or DeputyOrDelegate.</summary>
    public string? HostPosition { get; set; }

    /// <summary>How many took part, a whole number.</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? ParticipantCount { get; set; }

    /// <summary>Who took part.</summary>
    public string? Participants { get; set; }

    public string? Issues { get; set; }

    public string? Answers { get; set; }

    /// <summary>Follow-up tasks, one a line.</summary>
    public string? FollowUps { get; set; }
}

public sealed record DialogueDto(
    long Id,
    int OrganizationId,
    string OrganizationName,
    string Topic,
    DateOnly HeldOn,
    string Place,
    string HostName,
    HeadPosition HostPosition,
    string HostPositionName,
    int ParticipantCount,
    string? Participants,
    string Issues,
    string? Answers,
    IReadOnlyList<string> FollowUps,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

/// <summary>One change in a record's audit trail, with its fields named in Vietnamese.</summary>
public sealed record ChangeDto(DateTime At, string UserName, string Action, string ActionName, IReadOnlyList<ChangedField> Fields);

public sealed record ChangedField(string Name, string? Before, string? After);
