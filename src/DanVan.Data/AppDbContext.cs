using DanVan.Data.Auditing;
using DanVan.Data.Calendar;
using DanVan.Data.Campaigns;
using DanVan.Data.Entities;
using DanVan.Data.Exemplary;
using DanVan.Data.Jobs;
using DanVan.Data.Meetings;
using DanVan.Data.Notifications;
using DanVan.Data.Petitions;
using DanVan.Data.Programmes;
using DanVan.Data.Reception;
using DanVan.Data.Reporting;
using DanVan.Data.Sentiment;
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

    public DbSet<PetitionMonthCount> PetitionMonthCounts => Set<PetitionMonthCount>();

    public DbSet<RemoteArea> RemoteAreas => Set<RemoteArea>();

    public DbSet<ReceptionSession> ReceptionSessions => Set<ReceptionSession>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    public DbSet<MeetingType> MeetingTypes => Set<MeetingType>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<BridgePoint> BridgePoints => Set<BridgePoint>();

    public DbSet<BridgeAttendee> BridgeAttendees => Set<BridgeAttendee>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<MeetingConclusion> MeetingConclusions => Set<MeetingConclusion>();

    public DbSet<MeetingDocument> MeetingDocuments => Set<MeetingDocument>();

    public DbSet<WorkProgramme> WorkProgrammes => Set<WorkProgramme>();

    public DbSet<TaskGroup> TaskGroups => Set<TaskGroup>();

    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();

    public DbSet<WorkTaskCoordinator> WorkTaskCoordinators => Set<WorkTaskCoordinator>();

    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();

    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<JobState> JobStates => Set<JobState>();

    public DbSet<ExemplaryModel> ExemplaryModels => Set<ExemplaryModel>();

    public DbSet<ModelResult> ModelResults => Set<ModelResult>();

    public DbSet<ModelRecognition> ModelRecognitions => Set<ModelRecognition>();

    public DbSet<ModelPhoto> ModelPhotos => Set<ModelPhoto>();

    public DbSet<ModelDocument> ModelDocuments => Set<ModelDocument>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignIndicator> CampaignIndicators => Set<CampaignIndicator>();

    public DbSet<CampaignParticipant> CampaignParticipants => Set<CampaignParticipant>();

    public DbSet<CampaignResult> CampaignResults => Set<CampaignResult>();

    public DbSet<CampaignResultValue> CampaignResultValues => Set<CampaignResultValue>();

    public DbSet<SentimentTopic> SentimentTopics => Set<SentimentTopic>();

    public DbSet<SentimentReport> SentimentReports => Set<SentimentReport>();

    public DbSet<SentimentTopicRating> SentimentTopicRatings => Set<SentimentTopicRating>();

    public DbSet<ProminentIssue> ProminentIssues => Set<ProminentIssue>();

    public DbSet<IssueFollowUp> IssueFollowUps => Set<IssueFollowUp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
