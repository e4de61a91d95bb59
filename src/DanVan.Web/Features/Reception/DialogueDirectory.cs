using DanVan.Data;
using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Web.Auth;

namespace DanVan.Web.Features.Reception;

/// <summary>The direct dialogues of an organisation's subtree, newest first, and one dialogue.</summary>
public sealed class DialogueDirectory(AppDbContext db, SubtreeAccess access) : ReceptionRecordDirectory<Dialogue, DialogueDto>(db, access)
{
    protected override IQueryable<Dialogue> Records(AppDbContext context) => context.Dialogues;

    protected override DialogueDto Dto(Dialogue d, string organizationName) => new(
        d.Id, d.OrganizationId, organizationName, d.Topic, d.HeldOn, d.Place, d.HostName, d.HostPosition, HeadPositionNames.Of(d.HostPosition),
        d.ParticipantCount, d.Participants, d.Issues, d.Answers, SaveDialogue.Lines(d.FollowUps), d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy);
}
