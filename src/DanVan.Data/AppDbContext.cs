using DanVan.Data.Auditing;
using DanVan.Data.Calendar;
using DanVan.Data.Entities;
using DanVan.Data.Petitions;
using DanVan.Data.Reception;
using DanVan.Data.Reporting;
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

    public DbSet<ReportForm> ReportForms => Set<ReportForm>();

    public DbSet<ReportIndicator> ReportIndicators => Set<ReportIndicator>();

    public DbSet<ReportSection> ReportSections => Set<ReportSection>();

    public DbSet<ReportRule> ReportRules => Set<ReportRule>();

    public DbSet<ReportFormOrganizationType> ReportFormOrganizationTypes => Set<ReportFormOrganizationType>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportValue> ReportValues => Set<ReportValue>();

    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();

    public DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();

    public DbSet<ReportUnlock> ReportUnlocks => Set<ReportUnlock>();

    public DbSet<OfficialDay> OfficialDays => Set<OfficialDay>();

    public DbSet<Petition> Petitions => Set<Petition>();

    public DbSet<Petitioner> Petitioners => Set<Petitioner>();

    public DbSet<PetitionExtension> PetitionExtensions => Set<PetitionExtension>();

    public DbSet<PetitionEvent> PetitionEvents => Set<PetitionEvent>();

    public DbSet<PetitionDocument> PetitionDocuments => Set<PetitionDocument>();

    public DbSet<ReceptionSession> ReceptionSessions => Set<ReceptionSession>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
