namespace DanVan.Domain.Reporting;

/// <summary>Where a report is in its review (trạng thái báo cáo).</summary>
public enum ReportStatus
{
    /// <summary>Nháp: being filled.</summary>
    Draft = 0,

    /// <summary>Đã gửi: waiting for the parent's review.</summary>
    Submitted = 1,

    /// <summary>Đã duyệt: accepted by the parent; locked.</summary>
    Approved = 2,

    /// <summary>Trả lại: sent back with a reason, to be fixed and submitted again.</summary>
    Returned = 3,
}
