using DanVan.Data;
using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>The models of an organisation's subtree, filtered; one model with its results, decisions and files; its replication tree.</summary>
public sealed class ModelDirectory(AppDbContext db, ModelAccess access, ModelListQuery list)
{
    public DateOnly Today => list.Today;

    public async Task<(PagedList<ModelSummaryDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ModelFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        return (await list.PageAsync(root.Path, root.IsWholeTree, filter, cancellationToken), root, CommandStatus.Ok);
    }

    /// <summary>Every model the list's filters select, in its order, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<ModelSummaryDto>? Rows, CommandStatus Status)> StreamAsync(ModelFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        return root is null ? (null, status) : (list.Stream(root.Path, root.IsWholeTree, filter), CommandStatus.Ok);
    }

    /// <summary>The published models recognised today, for the public showcase.</summary>
    public async Task<PagedList<ModelSummaryDto>> ShowcaseAsync(ModelField? field, string? q, int page, CancellationToken cancellationToken)
    {
        var today = Today;
        var models = db.ExemplaryModels.AsNoTracking()
            .Where(m => m.IsPublished && db.ModelRecognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today)));
        if (field is { } f)
        {
            models = models.Where(m => m.Field == f);
        }

        foreach (var term in VietnameseText.SearchTerms(q))
        {
            models = models.Where(m => m.SearchFolded.Contains(term));
        }

        var total = await models.CountAsync(cancellationToken);
        var items = await list.Summaries(models.OrderByDescending(m => m.StartedOn).ThenByDescending(m => m.Id).Skip((page - 1) * 12).Take(12)).ToListAsync(cancellationToken);
        return new PagedList<ModelSummaryDto>([.. items.Select(ModelListQuery.Summary)], total, page, 12);
    }

    public async Task<(ModelDto? Model, CommandStatus Status)> GetAsync(long modelId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        return status == CommandStatus.Ok ? (await DescribeAsync(modelId, cancellationToken), status) : (null, status);
    }

    /// <summary>A model shown to the public: only a published model recognised today.</summary>
    public async Task<ModelDto?> PublicAsync(long modelId, CancellationToken cancellationToken)
    {
        var model = await db.ExemplaryModels.AsNoTracking().Where(m => m.Id == modelId && m.IsPublished).Select(m => m.Id).SingleOrDefaultAsync(cancellationToken);
        if (model == 0)
        {
            return null;
        }

        var dto = await DescribeAsync(modelId, cancellationToken);
        return dto.Recognition == ModelRecognitionState.Recognised ? dto with { Documents = [], CreatedBy = null, UpdatedBy = null } : null;
    }

    public async Task<(ModelTreeDto? Tree, CommandStatus Status)> TreeAsync(long modelId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return (null, status);
        }

        var rootId = await db.ExemplaryModels.Where(m => m.Id == modelId).Select(m => m.RootId ?? m.Id).SingleAsync(cancellationToken);
        var rows = await db.ExemplaryModels.AsNoTracking().Where(m => m.Id == rootId || m.RootId == rootId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { m.Id, m.OriginId, m.Name, m.StartedOn, OrganizationName = o.Name, o.Path })
            .ToListAsync(cancellationToken);
        var readable = await access.ReadablePathsAsync(cancellationToken);
        var children = rows.ToLookup(r => r.OriginId);
        var nodes = new List<TreeNodeDto>();
        void Walk(long? originId, int depth)
        {
            foreach (var row in children[originId].OrderBy(r => r.StartedOn).ThenBy(r => r.Id))
            {
                var visible = readable.Any(root => OrganizationPath.IsWithin(root, row.Path));
                nodes.Add(new TreeNodeDto(row.Id, row.OriginId, depth, visible ? row.Name : null, row.OrganizationName, row.StartedOn, visible));
                Walk(row.Id, depth + 1);
            }
        }

        Walk(null, 0);
        var descendants = Descendants(modelId, children.ToDictionary(g => g.Key ?? 0, g => g.Select(r => r.Id).ToList()));
        return (new ModelTreeDto(modelId, rootId, nodes.Count, children[modelId].Count(), descendants, nodes), CommandStatus.Ok);
    }

    public static ModelRecognitionState State(bool holds, bool lapsed) =>
        holds ? ModelRecognitionState.Recognised : lapsed ? ModelRecognitionState.Expired : ModelRecognitionState.None;

    public static string StateName(ModelRecognitionState state) => state switch
    {
        ModelRecognitionState.Recognised => "Đã công nhận",
        ModelRecognitionState.Expired => "Công nhận hết hạn",
        _ => "Chưa công nhận",
    };

    private async Task<ModelDto> DescribeAsync(long modelId, CancellationToken cancellationToken)
    {
        var today = Today;
        var row = await db.ExemplaryModels.AsNoTracking().Include(m => m.Results).Where(m => m.Id == modelId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { Model = m, o.Name }).SingleAsync(cancellationToken);
        var recognitions = await db.ModelRecognitions.AsNoTracking().Where(r => r.ModelId == modelId)
            .OrderByDescending(r => r.ValidFrom).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var photos = await db.ModelPhotos.AsNoTracking().Where(p => p.ModelId == modelId).OrderBy(p => p.Id)
            .Select(p => new ModelFileDto(p.Id, p.FileName, p.Caption, p.Size, p.UploadedAt, p.UploadedBy)).ToListAsync(cancellationToken);
        var documents = await db.ModelDocuments.AsNoTracking().Where(d => d.ModelId == modelId).OrderBy(d => d.Id)
            .Select(d => new ModelFileDto(d.Id, d.FileName, null, d.Size, d.UploadedAt, d.UploadedBy)).ToListAsync(cancellationToken);
        var replicas = await db.ExemplaryModels.CountAsync(m => m.OriginId == modelId, cancellationToken);
        var decisions = recognitions.Select(r =>
        {
            var status = RecognitionValidity.On(r.ValidFrom, r.LastDay, today);
            return new RecognitionDto(r.Id, r.DecisionNumber, r.DecidedOn, r.IssuedBy, r.Level, OrganizationLevelNames.Of(r.Level), r.ValidFrom, r.ValidTo,
                r.ReevaluateYearly, r.LastDay, status, RecognitionValidity.Name(status));
        }).ToList();
        var state = State(decisions.Any(d => RecognitionValidity.Holds(d.Status)), decisions.Any(d => d.Status == RecognitionStatus.Expired));
        var m = row.Model;
        return new ModelDto(m.Id, m.Name, m.Field, ModelFieldNames.Of(m.Field), m.OrganizationId, row.Name, m.Level, OrganizationLevelNames.Of(m.Level), m.StartedOn,
            m.Description, m.Goals, m.Beneficiaries, m.IsPublished, m.OriginId, m.RootId ?? m.Id, state, StateName(state),
            [.. m.Results.OrderBy(r => r.Order).Select(r => new ModelResultDto(r.Value, r.Unit, r.Label))], decisions, photos, documents, replicas,
            m.CreatedAt, m.CreatedBy, m.UpdatedAt, m.UpdatedBy);
    }

    private static int Descendants(long id, Dictionary<long, List<long>> children) =>
        children.TryGetValue(id, out var direct) ? direct.Count + direct.Sum(c => Descendants(c, children)) : 0;
}
