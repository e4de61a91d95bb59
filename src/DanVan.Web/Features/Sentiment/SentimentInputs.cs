using System.Text.Json.Serialization;
using DanVan.Web.Features.Reception;

namespace DanVan.Web.Features.Sentiment;

/// <summary>A sentiment report as an officer writes it or another system sends it.</summary>
public sealed class SentimentReportInput
{
    public int? OrganizationId { get; set; }

    /// <summary>Periodic or AdHoc.</summary>
    public string? Kind { get; set; }

    /// <summary>dd/MM/yyyy; a periodic report's first day (ignored for an ad hoc one).</summary>
    public string? PeriodStart { get; set; }

    /// <summary>dd/MM/yyyy; a periodic report's last day, an ad hoc report's day.</summary>
    public string? PeriodEnd { get; set; }

    /// <summary>Stable, Positive, Concerned or Aggrieved.</summary>
    public string? Assessment { get; set; }

    public string? Narrative { get; set; }

    /// <summary>The revision the change starts from; a stale one is refused (409).</summary>
    public int? Revision { get; set; }

    /// <summary>Topic assessments; rows with neither an assessment nor a note are dropped.</summary>
    public List<TopicRatingInput> Topics { get; set; } = [];

    /// <summary>Prominent issues; wholly empty rows are dropped; an existing issue keeps its id and follow-ups.</summary>
    public List<IssueInput> Issues { get; set; } = [];
}

/// <summary>How one topic stands in the area.</summary>
public sealed class TopicRatingInput
{
    public int? TopicId { get; set; }

    public string? Assessment { get; set; }

    public string? Note { get; set; }
}

/// <summary>A prominent issue (vấn đề nổi cộm): aggregate figures about an area, never about a person.</summary>
public sealed class IssueInput
{
    /// <summary>The issue being corrected; none for a new one.</summary>
    public long? Id { get; set; }

    public int? TopicId { get; set; }

    public string? Title { get; set; }

    public string? Locality { get; set; }

    /// <summary>OneHamlet, SeveralHamlets, WholeCommune or BeyondCommune.</summary>
    public string? Scale { get; set; }

    /// <summary>Estimated households affected (vi-VN "1.250" or a JSON number).</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Households { get; set; }

    /// <summary>Estimated people affected.</summary>
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? People { get; set; }

    public bool IsEmpty => TopicId is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Locality)
        && string.IsNullOrWhiteSpace(Scale) && string.IsNullOrWhiteSpace(Households) && string.IsNullOrWhiteSpace(People);
}

/// <summary>An action taken on a prominent issue and the status it leaves the issue in.</summary>
public sealed class FollowUpInput
{
    /// <summary>The issue's revision the action starts from; a stale one is refused (409).</summary>
    public int? Revision { get; set; }

    /// <summary>dd/MM/yyyy; today when empty.</summary>
    public string? On { get; set; }

    public string? Action { get; set; }

    /// <summary>Monitoring, Handling or Resolved.</summary>
    public string? Status { get; set; }
}
