using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Reception;

/// <summary>The reception sessions of an organisation and its subtree, newest first; exported to Excel (the reception ledger) as filtered.</summary>
public sealed class IndexModel(ReceptionSessionDirectory directory, SubtreeAccess access) : ReceptionListPageModel<ReceptionSessionDto>(access)
{
    /// <summary>"true", "false" or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Head { get; set; }

    protected override string? HeadInPerson => Head;

    protected override Task<(PagedList<ReceptionSessionDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken) =>
        directory.ListAsync(filter, cancellationToken);

    protected override Task<(IAsyncEnumerable<ReceptionSessionDto>? Records, CommandStatus Status)> StreamAsync(ReceptionFilter filter, CancellationToken cancellationToken) =>
        directory.StreamAsync(filter, cancellationToken);

    protected override ExcelFile Export(IAsyncEnumerable<ReceptionSessionDto> records) =>
        ExcelExport.File("so-tiep-cong-dan.xlsx", "Sổ tiếp công dân",
            ["Ngày tiếp", "Cơ quan, tổ chức", "Địa điểm", "Người tiếp", "Chức vụ", "Người đứng đầu trực tiếp tiếp", "Hình thức", "Đột xuất", "Lý do tiếp đột xuất", "Số lượt công dân", "Nội dung phản ánh, kiến nghị", "Kết quả"],
            records,
            s => [s.HeldOn, s.OrganizationName, s.Place, s.ReceiverName, s.ReceiverPositionName, s.HeadInPerson ? "Có" : "Không", s.IsOnline ? "Trực tuyến" : "Trực tiếp", s.IsAdHoc ? "Có" : "Không", s.AdHocReason, s.CitizenCount, s.Matters, s.Outcomes]);
}
