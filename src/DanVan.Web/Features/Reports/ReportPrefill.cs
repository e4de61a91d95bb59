using DanVan.Domain.Reporting;
using DanVan.Web.Features.Campaigns;
using DanVan.Web.Features.Models;
using DanVan.Web.Features.Petitions;
using DanVan.Web.Features.Reception;
using DanVan.Web.Features.Sentiment;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Fills a report's indicators from what the system records — the petition ledger, the reception
/// sessions, the "Dân vận khéo" models, the campaigns' results and the sentiment reports — for the report's organisation and period. Only indicators the form has are filled; the save goes
/// through <see cref="SaveReport"/> like a person's, with the same checks, revision and audit.
/// </summary>
public sealed class ReportPrefill(
    ReportSheets sheets, SaveReport save, PetitionFigures petitions, ReceptionFigures reception, ModelFigures models, CampaignFigures campaigns, SentimentFigures sentiment)
{
    /// <summary>Saves what the system knows; the result is the save's (the new revision), with how many indicators it filled.</summary>
    public async Task<(CommandResult<int> Result, int Filled)> HandleAsync(long reportId, int revision, CancellationToken cancellationToken)
    {
        var (sheet, status) = await sheets.GetAsync(reportId, cancellationToken);
        if (sheet is null)
        {
            return (CommandResult<int>.Refused(status), 0);
        }

        var period = ReportingPeriod.Parse(sheet.PeriodKey);
        var figures = (await petitions.ForAsync(sheet.OrganizationId, period, cancellationToken))
            .Concat(await reception.ForAsync(sheet.OrganizationId, period, cancellationToken))
            .Concat(await models.ForAsync(sheet.OrganizationId, period, cancellationToken))
            .Concat(await campaigns.ForAsync(sheet.OrganizationId, period, cancellationToken))
            .Concat(await sentiment.ForAsync(sheet.OrganizationId, period, cancellationToken));
        var keys = sheet.Indicators.SelectMany(i => i.Categories.Count == 0 ? [i.Code] : i.Categories.Select(c => SaveReport.KeyOf(i.Code, c.Number)))
            .ToHashSet(StringComparer.Ordinal);
        var values = figures.Where(f => keys.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (values.Count == 0)
        {
            return (CommandResult<int>.Conflict("Biểu mẫu này không có chỉ tiêu nào lấy được từ sổ tiếp công dân, sổ theo dõi đơn thư, mô hình \"Dân vận khéo\", kết quả phong trào hoặc báo cáo tình hình nhân dân."), 0);
        }

        return (await save.HandleAsync(reportId, new ReportSaveInput { Revision = revision, Values = values }, cancellationToken), values.Count);
    }
}
