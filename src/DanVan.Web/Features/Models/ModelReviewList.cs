using System.Globalization;
using DanVan.Data;
using DanVan.Documents;
using DanVan.Domain.Exemplary;
using DanVan.Web.Features.Reports;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// The list of models for an emulation review (danh sách mô hình Dân vận khéo đề nghị xét khen
/// thưởng, sơ kết): an official report of the list's root organisation, one row per filtered model
/// with its main results and its latest recognition decision.
/// </summary>
public sealed class ModelReviewList(AppDbContext db, ModelAccess access, ModelListQuery list, ReportIssuers issuers)
{
    public const int MaxRows = 1000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[]? Document, CommandStatus Status)> WriteAsync(ModelFilter filter, DocumentStyle style, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var models = list.Filtered(db.Organizations.IdsWithinSubtree(root.Path), filter);
        var rows = await list.Summaries(models.OrderBy(m => m.Field).ThenBy(m => m.StartedOn).ThenBy(m => m.Id).Take(MaxRows)).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Model.Id).ToList();
        var results = (await db.ModelResults.AsNoTracking().Where(r => ids.Contains(r.ModelId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ModelId);
        var decisions = (await db.ModelRecognitions.AsNoTracking().Where(r => ids.Contains(r.ModelId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ModelId);
        var table = new DocumentTable(
            [
                new DocumentColumn("STT", ColumnAlignment.Center, 6),
                new DocumentColumn("Tên mô hình", ColumnAlignment.Left, 24),
                new DocumentColumn("Đơn vị thực hiện", ColumnAlignment.Left, 18),
                new DocumentColumn("Lĩnh vực", ColumnAlignment.Left, 12),
                new DocumentColumn("Năm bắt đầu", ColumnAlignment.Center, 8),
                new DocumentColumn("Kết quả nổi bật", ColumnAlignment.Left, 18),
                new DocumentColumn("Quyết định công nhận", ColumnAlignment.Left, 14),
            ],
            [.. rows.Select((r, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                r.Model.Name,
                r.OrganizationName,
                ModelFieldNames.Of(r.Model.Field),
                r.Model.StartedOn.Year.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", results[r.Model.Id].OrderBy(x => x.Order).Take(3).Select(x => $"{x.Value.ToString("#,0.##", Vietnamese)} {x.Unit} {x.Label}")),
                decisions[r.Model.Id].OrderByDescending(d => d.ValidFrom).FirstOrDefault() is { } d
                    ? $"Số {d.DecisionNumber} ngày {DateInput.Show(d.DecidedOn)} ({(d.LastDay is { } end ? "đến " + DateInput.Show(end) : "không thời hạn")}; {ModelDirectory.StateName(ModelDirectory.State(r.Holds, r.Lapsed)).ToLower(Vietnamese)})"
                    : "Chưa công nhận",
            ])]);
        var recognised = rows.Count(r => r.Holds);
        var body = new List<DocumentBlock>
        {
            ReportDocuments.Heading(style, 0, "TỔNG HỢP CHUNG"),
            new DocumentParagraph($"Toàn {root.Name} và các đơn vị trực thuộc có {rows.Count.ToString("N0", Vietnamese)} mô hình \"Dân vận khéo\" trong danh sách này, trong đó {recognised.ToString("N0", Vietnamese)} mô hình đang được công nhận."),
            ReportDocuments.Heading(style, 1, "DANH SÁCH MÔ HÌNH"),
            table,
        };
        var issuer = await issuers.OfAsync(root.Id, cancellationToken);
        var document = ReportDocuments.Official(style, issuer, "danh sách mô hình \"Dân vận khéo\" phục vụ sơ kết, bình xét thi đua", body);
        return (OfficialDocumentWriter.ToBytes(document), CommandStatus.Ok);
    }
}
