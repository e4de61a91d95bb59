namespace DanVan.Domain.Programmes;

/// <summary>Vietnamese names of <see cref="TaskSourceKind"/>.</summary>
public static class TaskSourceKindNames
{
    /// <summary>The source kind's name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>E.g. "Kết luận hội nghị".</returns>
    public static string Of(TaskSourceKind kind) => kind switch
    {
        TaskSourceKind.Programme => "Chương trình công tác",
        TaskSourceKind.Document => "Văn bản chỉ đạo",
        TaskSourceKind.MeetingConclusion => "Kết luận hội nghị",
        TaskSourceKind.SuperiorRequest => "Yêu cầu của cấp trên",
        _ => kind.ToString(),
    };
}
