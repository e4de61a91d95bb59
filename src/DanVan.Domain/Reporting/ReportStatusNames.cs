namespace DanVan.Domain.Reporting;

/// <summary>Vietnamese names of <see cref="ReportStatus"/> values.</summary>
public static class ReportStatusNames
{
    /// <summary>The badge text, e.g. "Đã gửi".</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Nháp",
        ReportStatus.Submitted => "Đã gửi",
        ReportStatus.Approved => "Đã duyệt",
        ReportStatus.Returned => "Trả lại",
        _ => status.ToString(),
    };
}
