using DanVan.Domain.Petitions;

namespace DanVan.Web.Features.Petitions;

public sealed class PetitionerInput
{
    public string? FullName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? IdentityNumber { get; set; }
}

/// <summary>A petition as a clerk registers it, or another system sends it.</summary>
public sealed class PetitionInput
{
    /// <summary>The handling organisation.</summary>
    public int? OrganizationId { get; set; }

    public PetitionKind? Kind { get; set; }

    public PetitionField? Field { get; set; }

    public PetitionChannel? Channel { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd; today when empty.</summary>
    public string? ReceivedOn { get; set; }

    public string? Summary { get; set; }

    public string? Content { get; set; }

    /// <summary>
    /// Remote, hard-to-reach area (vùng sâu, vùng xa): <c>null</c> (the default) takes the
    /// designation of the receiving organisation's administrative unit (see <see cref="RemoteAreas"/>);
    /// <c>true</c> or <c>false</c> overrides it for this petition. Only staff override; the portal never does.
    /// </summary>
    public bool? IsRemoteArea { get; set; }

    /// <summary>For a second complaint: the tracking code of the first.</summary>
    public string? FirstPetitionCode { get; set; }

    public List<PetitionerInput> Petitioners { get; set; } = [];
}

/// <summary>What an action needs; each action reads the fields it uses.</summary>
public sealed class PetitionActionInput
{
    public PetitionAction? Action { get; set; }

    /// <summary>The revision the person saw; an action on an older one is refused.</summary>
    public int Revision { get; set; }

    /// <summary>Refusal or extension reason, or a note.</summary>
    public string? Reason { get; set; }

    /// <summary>Extension days.</summary>
    public int? Days { get; set; }

    /// <summary>Forward: the body it goes to.</summary>
    public string? ForwardTo { get; set; }

    /// <summary>Resolve: the result for the file.</summary>
    public string? Resolution { get; set; }

    /// <summary>Resolve or publish: the answer to the sender.</summary>
    public string? Answer { get; set; }

    /// <summary>Mark duplicate: the tracking code of the petition it repeats.</summary>
    public string? DuplicateOfCode { get; set; }

    /// <summary>Assign: the user name of the handler.</summary>
    public string? AssigneeUserName { get; set; }

    /// <summary>Classify.</summary>
    public PetitionKind? Kind { get; set; }

    /// <summary>Classify.</summary>
    public PetitionField? Field { get; set; }

    /// <summary>Classify.</summary>
    public PetitionComplexity? Complexity { get; set; }

    /// <summary>Classify.</summary>
    public bool? IsRemoteArea { get; set; }
}

public sealed record DeadlineDto(DeadlineStep Step, string StepName, DateOnly StartedOn, int Days, string DayType, DateOnly Due, int DaysLeft, DeadlineState State, string Text, string Rule, string Citation);

public sealed record PetitionSummary(
    long Id,
    string TrackingCode,
    PetitionKind Kind,
    string KindName,
    PetitionField Field,
    PetitionChannel Channel,
    string Summary,
    string Petitioners,
    int OrganizationId,
    string OrganizationName,
    DateOnly ReceivedOn,
    PetitionStatus Status,
    string StatusName,
    DateOnly? DueOn,
    int? DaysLeft,
    DeadlineState? DueState,
    string? AssignedToName);

public sealed record PetitionerDto(string FullName, string? Phone, string? Email, string? Address, string? IdentityNumber);

public sealed record PetitionEventDto(DateTime At, string UserName, string Title, string? Note, bool IsPublic);

public sealed record PetitionDetails(
    long Id,
    string TrackingCode,
    int Revision,
    PetitionKind Kind,
    string KindName,
    PetitionField Field,
    string FieldName,
    PetitionChannel Channel,
    string ChannelName,
    int Round,
    string? FirstPetitionCode,
    string? DuplicateOfCode,
    string Summary,
    string Content,
    int OrganizationId,
    string OrganizationName,
    DateOnly ReceivedOn,
    PetitionStatus Status,
    string StatusName,
    PetitionComplexity Complexity,
    bool IsRemoteArea,
    DateOnly? AcceptedOn,
    DateOnly? ResolvedOn,
    DateOnly? ClosedOn,
    DeadlineDto? Deadline,
    IReadOnlyList<int> Extensions,
    string? AssignedToName,
    string? ForwardedTo,
    string? RefusalReason,
    string? Resolution,
    string? Answer,
    DateTime? AnswerPublishedAt,
    bool IdentityHidden,
    IReadOnlyList<PetitionerDto> Petitioners,
    IReadOnlyList<PetitionEventDto> Events,
    IReadOnlyList<PetitionAction> Actions,
    bool DocumentsVisible,
    IReadOnlyList<PetitionDocumentDto> Documents);

public sealed record PetitionDocumentDto(long Id, string FileName, long Size, DateTime UploadedAt, string? UploadedBy);

/// <summary>What the sender sees on the portal with the tracking code: no personal data.</summary>
public sealed record PublicPetitionStatus(string TrackingCode, string KindName, DateOnly ReceivedOn, string StatusName, string OrganizationName, DateOnly? DueOn, string? Answer, DateTime? AnswerPublishedAt, IReadOnlyList<PublicStep> Steps);

public sealed record PublicStep(DateTime At, string Title);

public sealed record PetitionQuery(int? OrganizationId, string? Q, PetitionStatus? Status, PetitionKind? Kind, string? Due, bool OpenOnly, int? Page, int? PageSize);

/// <summary>What another system gets back when it files a petition: enough to follow it.</summary>
public sealed record IntakeReceipt(long Id, string TrackingCode, PetitionStatus Status, DateOnly? DueOn, string? DueRule);
