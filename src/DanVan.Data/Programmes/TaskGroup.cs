using DanVan.Domain.Text;

namespace DanVan.Data.Programmes;

/// <summary>A group of a programme's tasks, e.g. one of "9 nhóm nhiệm vụ trọng tâm".</summary>
public sealed class TaskGroup
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public int Order { get; set; }

    public string Title
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;
}
