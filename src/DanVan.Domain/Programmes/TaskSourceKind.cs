namespace DanVan.Domain.Programmes;

/// <summary>Where a task comes from.</summary>
public enum TaskSourceKind
{
    /// <summary>The organisation's own work programme.</summary>
    Programme = 1,

    /// <summary>A document: a resolution, directive, plan or instruction (nghị quyết, chỉ thị, kế hoạch).</summary>
    Document = 2,

    /// <summary>A meeting's conclusion (kết luận).</summary>
    MeetingConclusion = 3,

    /// <summary>A request from a superior organisation (yêu cầu của cấp trên).</summary>
    SuperiorRequest = 4,
}
