using System.Text.Json.Serialization;
using DanVan.Domain.Programmes;
using DanVan.Web.Features.Reception;

namespace DanVan.Web.Features.Programmes;

/// <summary>A work programme as an officer writes it: the year, a title and its task groups in order.</summary>
public sealed class ProgrammeInput
{
    public int? OrganizationId { get; set; }

    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Year { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The groups' titles in order; an existing group keeps its id (and its tasks) when its position is kept.</summary>
    public List<string?>? Groups { get; set; }
}

public sealed record TaskGroupDto(int Id, int Order, string Title, int TaskCount);

public sealed record ProgrammeDto(
    int Id,
    int OrganizationId,
    string OrganizationName,
    int Year,
    string Title,
    string? Description,
    IReadOnlyList<TaskGroupDto> Groups,
    int TaskCount,
    DateTime UpdatedAt,
    string? UpdatedBy);

/// <summary>
/// A task as the assigning organisation writes it. Creating one may name several lead
/// organisations (one task each); a task from a meeting conclusion names the conclusion.
/// </summary>
public sealed class TaskInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Programme, Document, MeetingConclusion or SuperiorRequest.</summary>
    public string? SourceKind { get; set; }

    /// <summary>The source in words, e.g. "Nghị quyết số 25-NQ/TW".</summary>
    public string? SourceReference { get; set; }

    /// <summary>The organisation giving the task; the working organisation when empty, the meeting's host for a conclusion.</summary>
    public int? AssignedByOrganizationId { get; set; }

    /// <summary>The lead organisation (đơn vị chủ trì).</summary>
    public int? OrganizationId { get; set; }

    /// <summary>Several lead organisations when creating: one task for each.</summary>
    public List<int>? OrganizationIds { get; set; }

    /// <summary>The co-ordinating organisations (đơn vị phối hợp).</summary>
    public List<int>? CoordinatorIds { get; set; }

    public int? ProgrammeId { get; set; }

    public int? GroupId { get; set; }

    /// <summary>The task this one is a sub-task of.</summary>
    public long? ParentId { get; set; }

    /// <summary>The meeting conclusion the task carries out.</summary>
    public long? ConclusionId { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? StartOn { get; set; }

    /// <summary>The deadline, dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? DueOn { get; set; }

    /// <summary>The task's weight in its parent's progress, 1–100; 1 when empty.</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Weight { get; set; }

    /// <summary>The revision the editor started from; a different one means someone saved meanwhile.</summary>
    public int? Revision { get; set; }
}

/// <summary>A dated progress report by the lead organisation.</summary>
public sealed class TaskUpdateInput
{
    /// <summary>dd/MM/yyyy or yyyy-MM-dd; today when empty.</summary>
    public string? ReportedOn { get; set; }

    /// <summary>Percent, a whole number 0–100.</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Progress { get; set; }

    /// <summary>NotStarted, InProgress, Completed or Paused.</summary>
    public string? Status { get; set; }

    public string? Note { get; set; }
}

public sealed record OrganizationRef(int Id, string Name);

public sealed record TaskRow(
    long Id,
    string Title,
    int OrganizationId,
    string OrganizationName,
    int AssignedByOrganizationId,
    string AssignedByOrganizationName,
    TaskSourceKind SourceKind,
    string SourceKindName,
    string? SourceReference,
    DateOnly? StartOn,
    DateOnly? DueOn,
    WorkTaskStatus Status,
    string StatusName,
    int Progress,
    TaskDeadlineState DeadlineState,
    string DeadlineStateName,
    long? ParentId,
    int? ProgrammeId,
    int Weight);

public sealed record TaskUpdateDto(long Id, DateOnly ReportedOn, int Progress, WorkTaskStatus Status, string StatusName, string Note, DateTime CreatedAt, string? CreatedBy, IReadOnlyList<EvidenceDto> Evidence);

public sealed record EvidenceDto(long Id, string FileName, long Size, DateTime UploadedAt, string? UploadedBy);

public sealed record TaskDto(
    long Id,
    string Title,
    string? Description,
    int OrganizationId,
    string OrganizationName,
    int AssignedByOrganizationId,
    string AssignedByOrganizationName,
    IReadOnlyList<OrganizationRef> Coordinators,
    TaskSourceKind SourceKind,
    string SourceKindName,
    string? SourceReference,
    long? ConclusionId,
    int? ProgrammeId,
    string? ProgrammeTitle,
    int? GroupId,
    string? GroupTitle,
    long? ParentId,
    string? ParentTitle,
    DateOnly? StartOn,
    DateOnly? DueOn,
    WorkTaskStatus Status,
    string StatusName,
    int ReportedProgress,
    int Progress,
    int Weight,
    DateOnly? CompletedOn,
    TaskDeadlineState DeadlineState,
    string DeadlineStateName,
    int Revision,
    bool CanEdit,
    bool CanReport,
    IReadOnlyList<TaskRow> SubTasks,
    IReadOnlyList<TaskUpdateDto> Updates,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

/// <summary>One child organisation's open tasks past or near their deadline, its subtree included.</summary>
public sealed record FollowUpRow(int OrganizationId, string OrganizationName, bool IsRoot, int Overdue, int DueSoon);

public sealed record FollowUpDto(int OrganizationId, string OrganizationName, DateOnly Today, int DueSoonDays, IReadOnlyList<FollowUpRow> Rows, int Overdue, int DueSoon);
