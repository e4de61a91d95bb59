using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;

namespace DanVan.Web.Features.Meetings;

/// <summary>A meeting as its host plans it.</summary>
public sealed class MeetingInput
{
    public int? TypeId { get; set; }

    public int? HostOrganizationId { get; set; }

    public string? Title { get; set; }

    /// <summary>The chair persons, one a line.</summary>
    public string? Chairs { get; set; }

    /// <summary>The day, dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>HH:mm, Vietnam time.</summary>
    public string? StartTime { get; set; }

    /// <summary>HH:mm, Vietnam time; on <see cref="EndDate"/> when the meeting runs over several days.</summary>
    public string? EndTime { get; set; }

    /// <summary>The last day of a meeting of several days; empty for one day.</summary>
    public string? EndDate { get; set; }

    public string? Place { get; set; }

    /// <summary>InPerson, Online or Hybrid.</summary>
    public string? Mode { get; set; }

    public string? OnlineLink { get; set; }

    public string? Purpose { get; set; }

    /// <summary>Only when creating: empty for one meeting, or Weekly, Monthly, Quarterly for a series on the day's weekday or day of month.</summary>
    public string? Repeat { get; set; }

    /// <summary>With <see cref="Repeat"/>: how many meetings in all, 2–60.</summary>
    public string? RepeatCount { get; set; }

    /// <summary>With <see cref="Repeat"/>, instead of a count: the last day the series may meet.</summary>
    public string? RepeatUntil { get; set; }

    /// <summary>Monthly and quarterly series: meet on the same weekday of the month (e.g. the first Monday) rather than the same day.</summary>
    public bool RepeatOnWeekday { get; set; }

    /// <summary>Move a meeting of the series that falls on a day off to the next working day.</summary>
    public bool SkipDaysOff { get; set; } = true;

    /// <summary>When updating: the revision the edit started from.</summary>
    public int? Revision { get; set; }
}

/// <summary>Which organisations to add as bridge points, in one action.</summary>
public sealed class BridgePointsInput
{
    /// <summary>Provinces (all open provincial-level organisations under the host), Children (all open organisations directly under <see cref="ParentId"/>), or List.</summary>
    public string? Preset { get; set; }

    /// <summary>With Children: the organisation whose direct children connect, e.g. a province's commission for its communes.</summary>
    public int? ParentId { get; set; }

    /// <summary>With List: the organisations.</summary>
    public List<int>? OrganizationIds { get; set; }
}

/// <summary>What a bridge point's organisation reports of its point.</summary>
public sealed class BridgePointInput
{
    public string? Location { get; set; }

    /// <summary>Pending, Connected, Failed or Absent.</summary>
    public string? Status { get; set; }

    public string? AttendanceCount { get; set; }

    public string? Note { get; set; }

    /// <summary>The named attendees; rows with no name are ignored.</summary>
    public List<AttendeeInput>? Attendees { get; set; }

    public int? Revision { get; set; }
}

public sealed class AttendeeInput
{
    public string? Name { get; set; }

    public string? Position { get; set; }

    public string? Organization { get; set; }
}

public sealed class AgendaItemInput
{
    public string? Title { get; set; }

    public string? Presenter { get; set; }

    public string? DurationMinutes { get; set; }
}

public sealed class ConclusionInput
{
    public string? Text { get; set; }
}

public sealed class MinutesInput
{
    public string? Minutes { get; set; }

    public int? Revision { get; set; }
}

public sealed record MeetingTypeDto(int Id, string Code, string Name, int SortOrder, bool IsActive);

public sealed record AttendeeDto(string Name, string? Position, string? Organization);

public sealed record BridgePointDto(
    long Id,
    int OrganizationId,
    string OrganizationName,
    string? Location,
    ConnectionStatus Status,
    string StatusName,
    int? AttendanceCount,
    string? Note,
    IReadOnlyList<AttendeeDto> Attendees,
    bool CanEdit,
    int Revision,
    DateTime? UpdatedAt,
    string? UpdatedBy);

public sealed record AgendaItemDto(long Id, int Order, string Title, string? Presenter, int? DurationMinutes);

/// <param name="Tasks">The tasks given from it; listed for the host's people only, since they may lead in other provinces.</param>
public sealed record ConclusionDto(long Id, int Order, string Text, int TaskCount, IReadOnlyList<ConclusionTask> Tasks);

/// <summary>A task given from a conclusion, as the meeting page lists it.</summary>
public sealed record ConclusionTask(long Id, string Title, string OrganizationName, Domain.Programmes.WorkTaskStatus Status, int Progress);

public sealed record MeetingDocumentDto(long Id, string Title, string FileName, long Size, DateTime UploadedAt, string? UploadedBy);

/// <summary>Bridge points counted by status, and the people at them.</summary>
public sealed record BridgeSummary(int Total, int Connected, int Failed, int Absent, int Pending, int Attendance);

public sealed record MeetingDto(
    long Id,
    int TypeId,
    string TypeName,
    int HostOrganizationId,
    string HostName,
    OrganizationLevel HostLevel,
    string Title,
    string Chairs,
    DateTime StartsAt,
    DateTime EndsAt,
    string Place,
    MeetingMode Mode,
    string ModeName,
    string? OnlineLink,
    string? Purpose,
    string? Minutes,
    bool IsCancelled,
    long? SeriesId,
    string? Recurrence,
    bool CanEdit,
    int Revision,
    BridgeSummary Bridges,
    IReadOnlyList<AgendaItemDto> Agenda,
    IReadOnlyList<ConclusionDto> Conclusions,
    IReadOnlyList<MeetingDocumentDto> Documents,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);
