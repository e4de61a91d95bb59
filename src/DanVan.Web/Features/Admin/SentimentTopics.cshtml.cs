using DanVan.Web.Features.Organizations;
using DanVan.Web.Features.Sentiment;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Admin;

/// <summary>The topics of public sentiment reports (đời sống, việc làm, đất đai…).</summary>
public sealed class SentimentTopicsModel(SentimentDirectory directory, SaveSentimentTopic save) : TypeCatalogPageModel
{
    protected override string Noun => "chủ đề";

    protected override int CodeLength => Data.Sentiment.SentimentLimits.CodeLength;

    protected override async Task<IReadOnlyList<TypeCatalogRow>> RowsAsync(CancellationToken cancellationToken) =>
        [.. (await directory.TopicsAsync(cancellationToken)).Select(t => new TypeCatalogRow(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive))];

    protected override Task<bool> MayEditAsync(CancellationToken cancellationToken) => save.MayEditAsync(cancellationToken);

    protected override Task<CommandResult<int>> SaveAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken) => save.HandleAsync(id, input, cancellationToken);
}
