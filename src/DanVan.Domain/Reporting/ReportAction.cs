namespace DanVan.Domain.Reporting;

/// <summary>What a person does to a report.</summary>
public enum ReportAction
{
    /// <summary>Lưu: change values or narrative.</summary>
    Edit,

    /// <summary>Gửi báo cáo.</summary>
    Submit,

    /// <summary>Phê duyệt.</summary>
    Approve,

    /// <summary>Trả lại, with a reason.</summary>
    Return,
}
