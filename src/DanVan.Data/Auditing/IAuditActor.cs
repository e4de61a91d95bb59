namespace DanVan.Data.Auditing;

/// <summary>Who is making the current change: the signed-in person, or the system for seeding and the CLI.</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string UserName { get; }
}
