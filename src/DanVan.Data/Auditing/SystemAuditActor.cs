namespace DanVan.Data.Auditing;

/// <summary>The actor for changes made by seeding, migrations and the command line.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public string? UserId => null;

    public string UserName => "hệ thống";
}
