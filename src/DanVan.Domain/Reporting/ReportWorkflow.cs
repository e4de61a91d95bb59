namespace DanVan.Domain.Reporting;

/// <summary>
/// The review of a report: draft → submitted → approved, or returned with a reason and submitted
/// again. Approved data is locked; so is a report past its form's lock date, unless the
/// organisation was granted an exception.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>The status after an action, or the Vietnamese reason it is refused.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="action">The action.</param>
    /// <param name="isLocked">Whether the period is locked for this organisation.</param>
    /// <returns>The new status, or a refusal.</returns>
    public static ReportTransition Apply(ReportStatus status, ReportAction action, bool isLocked)
    {
        if (isLocked && action is ReportAction.Edit or ReportAction.Submit)
        {
            return ReportTransition.Refuse("Kỳ báo cáo đã khóa; đề nghị cấp trên mở khóa cho đơn vị trước khi sửa hoặc gửi.");
        }

        return (action, status) switch
        {
            (ReportAction.Edit, ReportStatus.Draft or ReportStatus.Returned) => ReportTransition.To(status),
            (ReportAction.Edit, ReportStatus.Submitted) => ReportTransition.Refuse("Báo cáo đã gửi, chờ cấp trên xem xét; không sửa được cho đến khi bị trả lại."),
            (ReportAction.Edit or ReportAction.Submit, ReportStatus.Approved) => ReportTransition.Refuse("Báo cáo đã được duyệt nên đã khóa."),
            (ReportAction.Submit, ReportStatus.Draft or ReportStatus.Returned) => ReportTransition.To(ReportStatus.Submitted),
            (ReportAction.Submit, ReportStatus.Submitted) => ReportTransition.Refuse("Báo cáo đã được gửi."),
            (ReportAction.Approve or ReportAction.Return, ReportStatus.Submitted) => ReportTransition.To(action == ReportAction.Approve ? ReportStatus.Approved : ReportStatus.Returned),
            (ReportAction.Approve or ReportAction.Return, ReportStatus.Approved) => ReportTransition.Refuse("Báo cáo đã được duyệt."),
            (ReportAction.Approve or ReportAction.Return, _) => ReportTransition.Refuse("Chỉ duyệt hoặc trả lại báo cáo đã gửi."),
            _ => ReportTransition.Refuse("Thao tác không hợp lệ."),
        };
    }
}
