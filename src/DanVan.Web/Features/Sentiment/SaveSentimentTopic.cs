using DanVan.Data;
using DanVan.Data.Sentiment;
using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Sentiment;

/// <summary>Adds or changes a sentiment topic of the national catalogue; central administrators only. A topic in use is retired, never deleted.</summary>
public sealed class SaveSentimentTopic(AppDbContext db, OrganizationScope scope)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public Task<CommandResult<int>> HandleAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken) =>
        TypeCatalog.SaveAsync(db, scope, id, input, SentimentLimits.CodeLength, () => new SentimentTopic { Code = string.Empty, Name = string.Empty }, cancellationToken);
}
