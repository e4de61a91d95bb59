using DanVan.Domain.Programmes;
using DanVan.Domain.Text;

namespace DanVan.Data.Programmes;

/// <summary>A dated progress report on a task, with its evidence.</summary>
public sealed class TaskUpdate
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public DateOnly ReportedOn { get; set; }

    public int Progress { get; set; }

    public WorkTaskStatus Status { get; set; }

    public string Note
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
