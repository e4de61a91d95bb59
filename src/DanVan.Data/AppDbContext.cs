using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <remarks>
/// Data-protection keys live here too, so that any number of stateless app instances share the
/// cookie and token keys.
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<OrganizationType> OrganizationTypes => Set<OrganizationType>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
