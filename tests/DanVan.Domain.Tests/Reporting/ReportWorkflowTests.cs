using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests.Reporting;

public sealed class ReportWorkflowTests
{
    [Theory]
    [InlineData(ReportStatus.Draft, ReportAction.Edit, false, ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned, ReportAction.Edit, false, ReportStatus.Returned)]
    [InlineData(ReportStatus.Draft, ReportAction.Submit, false, ReportStatus.Submitted)]
    [InlineData(ReportStatus.Returned, ReportAction.Submit, false, ReportStatus.Submitted)]
    [InlineData(ReportStatus.Submitted, ReportAction.Approve, false, ReportStatus.Approved)]
    [InlineData(ReportStatus.Submitted, ReportAction.Return, false, ReportStatus.Returned)]
    [InlineData(ReportStatus.Submitted, ReportAction.Approve, true, ReportStatus.Approved)]
    [InlineData(ReportStatus.Submitted, ReportAction.Return, true, ReportStatus.Returned)]
    public void Allowed_transitions(ReportStatus from, ReportAction action, bool locked, ReportStatus to)
    {
        var result = ReportWorkflow.Apply(from, action, locked);

        result.IsAllowed.ShouldBeTrue(result.Refusal);
        result.Status.ShouldBe(to);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted, ReportAction.Edit, false, "đã gửi")]
    [InlineData(ReportStatus.Submitted, ReportAction.Submit, false, "đã được gửi")]
    [InlineData(ReportStatus.Approved, ReportAction.Edit, false, "đã khóa")]
    [InlineData(ReportStatus.Approved, ReportAction.Submit, false, "đã khóa")]
    [InlineData(ReportStatus.Approved, ReportAction.Approve, false, "đã được duyệt")]
    [InlineData(ReportStatus.Approved, ReportAction.Return, false, "đã được duyệt")]
    [InlineData(ReportStatus.Draft, ReportAction.Approve, false, "đã gửi")]
    [InlineData(ReportStatus.Draft, ReportAction.Return, false, "đã gửi")]
    [InlineData(ReportStatus.Returned, ReportAction.Approve, false, "đã gửi")]
    [InlineData(ReportStatus.Draft, ReportAction.Edit, true, "khóa")]
    [InlineData(ReportStatus.Returned, ReportAction.Submit, true, "khóa")]
    public void Refused_transitions_say_why(ReportStatus from, ReportAction action, bool locked, string reason)
    {
        var result = ReportWorkflow.Apply(from, action, locked);

        result.IsAllowed.ShouldBeFalse();
        result.Refusal.ShouldNotBeNull().ShouldContain(reason);
    }
}
