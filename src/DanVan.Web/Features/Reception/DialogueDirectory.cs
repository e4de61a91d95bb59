using DanVan.Data;
using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>The direct dialogues of an organisation's subtree, newest first, and one dialogue.</summary>
public sealed class DialogueDirectory(AppDbContext db, SubtreeAccess access)
{
    public async Task<(PagedList<DialogueDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var path = root.Path;
        var subtree = db.Organizations.IdsWithinSubtree(path);
        var dialogues = db.Dialogues.AsNoTracking().Where(d => subtree.Contains(d.OrganizationId));
        if (filter.Month is { } month)
        {
            var end = month.AddMonths(1);
            dialogues = dialogues.Where(d => d.HeldOn >= month && d.HeldOn < end);
        }

        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            dialogues = dialogues.Where(d => d.SearchFolded.Contains(term));
        }

        var total = await dialogues.CountAsync(cancellationToken);
        var items = await Project(dialogues).OrderByDescending(r => r.Dialogue.HeldOn).ThenByDescending(r => r.Dialogue.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return (new PagedList<DialogueDto>(items.Select(Dto).ToList(), total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    public async Task<(DialogueDto? Dialogue, CommandStatus Status)> GetAsync(long dialogueId, CancellationToken cancellationToken)
    {
        var row = await Project(db.Dialogues.AsNoTracking().Where(d => d.Id == dialogueId)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, CommandStatus.NotFound);
        }

        return await access.CanReadAsync(row.Path, cancellationToken) ? (Dto(row), CommandStatus.Ok) : (null, CommandStatus.Forbidden);
    }

    private sealed class Row
    {
        public required Dialogue Dialogue { get; init; }

        public required string OrganizationName { get; init; }

        public required string Path { get; init; }
    }

    private IQueryable<Row> Project(IQueryable<Dialogue> dialogues) =>
        dialogues.Join(db.Organizations, d => d.OrganizationId, o => o.Id, (d, o) => new Row { Dialogue = d, OrganizationName = o.Name, Path = o.Path });

    private static DialogueDto Dto(Row row)
    {
        var d = row.Dialogue;
        return new DialogueDto(
            d.Id, d.OrganizationId, row.OrganizationName, d.Topic, d.HeldOn, d.Place, d.HostName, d.HostPosition, HeadPositionNames.Of(d.HostPosition),
            d.ParticipantCount, d.Participants, d.Issues, d.Answers, SaveDialogue.Lines(d.FollowUps), d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy);
    }
}
