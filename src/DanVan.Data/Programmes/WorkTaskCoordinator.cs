namespace DanVan.Data.Programmes;

/// <summary>An organisation co-ordinating a task (đơn vị phối hợp); it sees the task and its updates.</summary>
public sealed class WorkTaskCoordinator
{
    public long TaskId { get; set; }

    public int OrganizationId { get; set; }
}
