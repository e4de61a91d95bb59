using DanVan.Web.Auth;

namespace DanVan.Web.Features.Sentiment;

/// <summary>What the shared filter row of the report and issue lists shows.</summary>
public sealed record SentimentListFilters(IReadOnlyList<SubtreeAccess.Choice> Organizations, int? Selected, string? From, string? To, string? Topic, IReadOnlyList<SentimentTopicDto> Topics);
