using System.Linq.Expressions;
using DanVan.Data;
using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// The model list's query: the models of an organisation's subtree as the filters leave them,
/// counted and paged newest start first, each with its organisation's name and recognition state.
/// The list page, the API, the exports and the bench (<c>models-list</c>) all run it; who may
/// read which subtree is <see cref="ModelDirectory"/>'s business.
/// </summary>
public sealed class ModelListQuery(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);

    /// <summary>One page of the models of the subtree rooted at <paramref name="rootPath"/>, with the total.</summary>
    /// <param name="wholeTree">The subtree is every organisation (<see cref="OrganizationQueries.IsWholeTreeAsync"/>).</param>
    public async Task<PagedList<ModelSummaryDto>> PageAsync(string rootPath, bool wholeTree, ModelFilter filter, CancellationToken cancellationToken)
    {
        var models = Within(rootPath, wholeTree, filter);
        // The page's ids first: sorting the subtree's models by start needs only the index, not
        // their rows. The total comes with the page, as a subquery run once: one round trip.
        var page = models.OrderByDescending(m => m.StartedOn).ThenByDescending(m => m.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).Select(m => m.Id);
        var rows = await Summaries(db.ExemplaryModels.AsNoTracking().Where(m => page.Contains(m.Id)))
            .OrderByDescending(r => r.Model.StartedOn).ThenByDescending(r => r.Model.Id)
            .Select(r => new { Row = r, Total = models.Count() })
            .ToListAsync(cancellationToken);
        var items = rows.ConvertAll(r => r.Row);
        // Past the last page there is no row to bring the total.
        var total = rows.Count > 0 ? rows[0].Total : filter.Page == 1 ? 0 : await models.CountAsync(cancellationToken);
        return new PagedList<ModelSummaryDto>([.. items.Select(Summary)], total, filter.Page, filter.PageSize);
    }

    /// <summary>
    /// Every model of the subtree rooted at <paramref name="rootPath"/> as the filters leave them,
    /// newest start first as the list pages them, read as the rows are written.
    /// </summary>
    public IAsyncEnumerable<ModelSummaryDto> Stream(string rootPath, bool wholeTree, ModelFilter filter) =>
        Summaries(Within(rootPath, wholeTree, filter)).OrderByDescending(r => r.Model.StartedOn).ThenByDescending(r => r.Model.Id)
            .AsAsyncEnumerable().Select(Summary);

    /// <summary>
    /// The models of the subtree rooted at <paramref name="rootPath"/> as the list filters them,
    /// without paging. The whole tree's are every model, with no subtree condition, so that the
    /// page is read in the order of the (start, id) index. Within a subtree SQLite reads them by the subtree's organisations as an <c>IN</c> list.
    /// PostgreSQL, given that, scans every model and hashes it against the subtree, and checks a
    /// recognition filter by hashing every decision (20–40 ms nationally for a large province):
    /// there each organisation's models are read, filtered, by a <c>LATERAL</c> join on the
    /// organisation index (2–6 ms) — the filtered per-organisation query is built once with a
    /// stand-in for the organisation's id, which then becomes the join's parameter; the unbounded
    /// Take keeps PostgreSQL from flattening it and <c>id + 0</c> keeps EF from turning it into a
    /// <c>ROW_NUMBER</c> over every model, as in <c>MeetingQueries.VisibleWithin</c>.
    /// </summary>
    internal IQueryable<ExemplaryModel> Within(string rootPath, bool wholeTree, ModelFilter filter)
    {
        if (wholeTree)
        {
            return Filtered(db.ExemplaryModels.AsNoTracking(), filter);
        }

        var organizations = db.Organizations.IdsWithinSubtree(rootPath);
        if (!db.Database.IsNpgsql())
        {
            return Filtered(organizations, filter);
        }

        var slot = new OrganizationSlot();
        var ofOne = Filtered(db.ExemplaryModels.Where(m => m.OrganizationId == slot.Id + 0), filter).OrderBy(m => m.Id).Take(int.MaxValue);
        var id = Expression.Parameter(typeof(int), "id");
        var perOrganization = Expression.Lambda<Func<int, IEnumerable<ExemplaryModel>>>(new SlotToParameter(id).Visit(ofOne.Expression), id);
        return organizations.SelectMany(perOrganization).AsNoTracking();
    }

    /// <summary>The models of a subtree as the list filters them, without paging.</summary>
    internal IQueryable<ExemplaryModel> Filtered(IQueryable<int> organizationIds, ModelFilter filter) =>
        Filtered(db.ExemplaryModels.AsNoTracking().Where(m => organizationIds.Contains(m.OrganizationId)), filter);

    private IQueryable<ExemplaryModel> Filtered(IQueryable<ExemplaryModel> models, ModelFilter filter)
    {
        var today = Today;
        if (filter.Field is { } field)
        {
            models = models.Where(m => m.Field == field);
        }

        if (filter.Level is { } level)
        {
            // As an expression: SQLite would otherwise read every model of the level in the country by the (level, start) index.
            models = models.Where(m => (int)m.Level + 0 == (int)level);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            models = models.Where(m => m.StartedOn >= from && m.StartedOn <= to);
        }

        var recognitions = db.ModelRecognitions;
        models = filter.Recognition switch
        {
            ModelRecognitionState.Recognised => models.Where(m => recognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today))),
            ModelRecognitionState.Expired => models.Where(m => recognitions.Any(r => r.ModelId == m.Id && r.LastDay < today)
                && !recognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today))),
            ModelRecognitionState.None => models.Where(m => !recognitions.Any(r => r.ModelId == m.Id)),
            _ => models,
        };
        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            models = models.Where(m => m.SearchFolded.Contains(term));
        }

        return models;
    }

    internal sealed class SummaryRow
    {
        public required ExemplaryModel Model { get; init; }

        public required string OrganizationName { get; init; }

        public bool Holds { get; init; }

        public bool Lapsed { get; init; }
    }

    internal IQueryable<SummaryRow> Summaries(IQueryable<ExemplaryModel> models)
    {
        var today = Today;
        return models.Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new SummaryRow
        {
            Model = m,
            OrganizationName = o.Name,
            Holds = db.ModelRecognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today)),
            Lapsed = db.ModelRecognitions.Any(r => r.ModelId == m.Id && r.LastDay < today),
        });
    }

    internal static ModelSummaryDto Summary(SummaryRow row)
    {
        var m = row.Model;
        var state = ModelDirectory.State(row.Holds, row.Lapsed);
        return new ModelSummaryDto(m.Id, m.Name, m.Field, ModelFieldNames.Of(m.Field), m.OrganizationId, row.OrganizationName, m.Level, OrganizationLevelNames.Of(m.Level),
            m.StartedOn, m.IsPublished, m.OriginId, state, ModelDirectory.StateName(state));
    }

    /// <summary>Stands for the organisation's id in the per-organisation query until it is made a lambda.</summary>
    private sealed class OrganizationSlot
    {
        public int Id { get; init; }
    }

    private sealed class SlotToParameter(ParameterExpression id) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member.DeclaringType == typeof(OrganizationSlot) ? id : base.VisitMember(node);
    }
}
