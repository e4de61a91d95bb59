using DanVan.Data;
using DanVan.Data.Sentiment;
using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>Adds or changes a sentiment topic of the national catalogue; central administrators only. A topic in use is retired, never deleted.</summary>
public sealed class SaveSentimentTopic(AppDbContext db, OrganizationScope scope)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public async Task<CommandResult<int>> HandleAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var topic = id is null ? new SentimentTopic { Code = string.Empty, Name = string.Empty } : await db.SentimentTopics.FindAsync([id.Value], cancellationToken);
        if (topic is null)
        {
            return CommandResult<int>.NotFound();
        }

        var code = TypeCatalog.Normalize(input.Code);
        var taken = !string.IsNullOrEmpty(code) && await db.SentimentTopics.AnyAsync(t => t.Code == code && t.Id != topic.Id, cancellationToken);
        var errors = TypeCatalog.Check(code, input.Name, input.SortOrder, SentimentLimits.CodeLength, allowHyphen: true, taken);
        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        (topic.Code, topic.Name) = (code!, Domain.Text.VietnameseText.Normalize(input.Name!.Trim()));
        topic.SortOrder = input.SortOrder ?? topic.SortOrder;
        topic.IsActive = input.IsActive ?? true;
        if (topic.Id == 0)
        {
            db.SentimentTopics.Add(topic);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(topic.Id);
    }
}
