using DanVan.Data.Entities;
using DanVan.Data.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Programmes;

/// <summary>The longest texts and largest counts programmes and tasks keep.</summary>
public static class ProgrammeLimits
{
    public const int TitleLength = 500;
    public const int ReferenceLength = 300;
    public const int TextLength = 4000;
    public const int MaxGroups = 30;
    public const int MaxCoordinators = 200;
    public const int MaxWeight = 100;
}

internal sealed class WorkProgrammeConfiguration : IEntityTypeConfiguration<WorkProgramme>
{
    public void Configure(EntityTypeBuilder<WorkProgramme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ProgrammeLimits.TitleLength);
        builder.Property(p => p.Description).HasMaxLength(ProgrammeLimits.TextLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Groups).WithOne().HasForeignKey(g => g.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OrganizationId, p.Year });
    }
}

internal sealed class TaskGroupConfiguration : IEntityTypeConfiguration<TaskGroup>
{
    public void Configure(EntityTypeBuilder<TaskGroup> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(ProgrammeLimits.TitleLength);
        builder.HasIndex(g => new { g.ProgrammeId, g.Order });
    }
}

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(ProgrammeLimits.TitleLength);
        builder.Property(t => t.TitleFolded).HasMaxLength(ProgrammeLimits.TitleLength);
        builder.Property(t => t.Description).HasMaxLength(ProgrammeLimits.TextLength);
        builder.Property(t => t.SourceReference).HasMaxLength(ProgrammeLimits.ReferenceLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.Property(t => t.UpdatedBy).HasMaxLength(256);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.AssignedByOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkProgramme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeetingConclusion>().WithMany().HasForeignKey(t => t.ConclusionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Coordinators).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<TaskUpdate>().WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<TaskEvidence>().WithOne().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);

        // The task list: a subtree's tasks by status and deadline; follow-up of everything open by deadline.
        builder.HasIndex(t => new { t.OrganizationId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.Status, t.DueOn });
        // The nation's list, read by deadline and id (WorkTaskQueries.ToPageAsync).
        builder.HasIndex(t => new { t.DueOn, t.Id });
        builder.HasIndex(t => new { t.AssignedByOrganizationId, t.Status });
        builder.HasIndex(t => t.ParentId);
        builder.HasIndex(t => t.ProgrammeId);
        builder.HasIndex(t => t.ConclusionId);

        // The reminder job: the tasks changed since its last run.
        builder.HasIndex(t => t.UpdatedAt);
    }
}

internal sealed class WorkTaskCoordinatorConfiguration : IEntityTypeConfiguration<WorkTaskCoordinator>
{
    public void Configure(EntityTypeBuilder<WorkTaskCoordinator> builder)
    {
        builder.HasKey(c => new { c.TaskId, c.OrganizationId });
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.OrganizationId);
    }
}

internal sealed class TaskUpdateConfiguration : IEntityTypeConfiguration<TaskUpdate>
{
    public void Configure(EntityTypeBuilder<TaskUpdate> builder)
    {
        builder.Property(u => u.Note).HasMaxLength(ProgrammeLimits.TextLength);
        builder.Property(u => u.CreatedBy).HasMaxLength(256);
        builder.HasIndex(u => new { u.TaskId, u.ReportedOn });
    }
}

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
        builder.HasOne<TaskUpdate>().WithMany().HasForeignKey(e => e.UpdateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.TaskId);
    }
}
