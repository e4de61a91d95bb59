using DanVan.Data.Auditing;
using DanVan.Domain.Sentiment;
using DanVan.Domain.Text;

namespace DanVan.Data.Sentiment;

/// <summary>
/// A report on the situation and mood of the people of an organisation's area (báo cáo tình hình
/// nhân dân), periodic or ad hoc. It is about an area and its topics as a whole: it has no field for
/// any person's opinions, beliefs or ethnicity.
/// </summary>
public sealed class SentimentReport : IAuditable
{
    public long Id { get; set; }

    public int OrganizationId { get; set; }

    public SentimentReportKind Kind { get; set; }

    /// <summary>First day covered; an ad hoc report's day.</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day covered; an ad hoc report's day. The report counts in the period holding it.</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The overall assessment of the area (đánh giá chung).</summary>
    public SentimentAssessment Assessment { get; set; }

    public string Narrative
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            SearchFolded = VietnameseText.Fold(field);
        }
    } = string.Empty;

    /// <summary>The narrative folded for search.</summary>
    public string SearchFolded { get; private set; } = string.Empty;

    public List<SentimentTopicRating> Topics { get; set; } = [];

    public DateTime SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Raised by every save; a save from an older revision is refused.</summary>
    public int Revision { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
