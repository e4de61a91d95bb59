using DanVan.Data.Auditing;
using DanVan.Domain.Programmes;
using DanVan.Domain.Text;

namespace DanVan.Data.Programmes;

/// <summary>
/// A task (nhiệm vụ) an organisation leads. The organisation that gave it (its own, or a superior
/// one for a conclusion or request) defines it; the lead reports progress. A task with sub-tasks
/// takes its progress from theirs.
/// </summary>
public sealed class WorkTask : IAuditable
{
    public long Id { get; set; }

    /// <summary>The lead organisation (đơn vị chủ trì).</summary>
    public int OrganizationId { get; set; }

    /// <summary>The organisation that gave the task and may change or cancel it.</summary>
    public int AssignedByOrganizationId { get; set; }

    public int? ProgrammeId { get; set; }

    public int? GroupId { get; set; }

    public long? ParentId { get; set; }

    public TaskSourceKind SourceKind { get; set; }

    /// <summary>The source in words: "Nghị quyết số 25-NQ/TW", "Công văn số 123-CV/BDVTU".</summary>
    public string? SourceReference
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    /// <summary>The meeting conclusion the task carries out, when it came from one.</summary>
    public long? ConclusionId { get; set; }

    public string Title
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            TitleFolded = VietnameseText.Fold(value);
        }
    } = string.Empty;

    /// <summary>The title folded for search without diacritics.</summary>
    public string TitleFolded { get; private set; } = string.Empty;

    public string? Description
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public DateOnly? StartOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public WorkTaskStatus Status { get; set; } = WorkTaskStatus.NotStarted;

    /// <summary>The progress the lead last reported, in percent.</summary>
    public int ReportedProgress { get; set; }

    /// <summary>The progress shown: the reported one, or for a task with sub-tasks the roll-up of theirs.</summary>
    public int Progress { get; set; }

    /// <summary>The task's weight in its parent's roll-up.</summary>
    public int Weight { get; set; } = 1;

    public DateOnly? CompletedOn { get; set; }

    public List<WorkTaskCoordinator> Coordinators { get; set; } = [];

    public int Revision { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
