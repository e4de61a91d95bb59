using DanVan.Domain.Sentiment;

namespace DanVan.Domain.Tests.Sentiment;

public sealed class IssueWorkflowTests
{
    [Theory]
    [InlineData(IssueStatus.Detected, IssueStatus.Monitoring, true)]
    [InlineData(IssueStatus.Detected, IssueStatus.Handling, true)]
    [InlineData(IssueStatus.Detected, IssueStatus.Resolved, true)]
    [InlineData(IssueStatus.Detected, IssueStatus.Detected, false)]
    [InlineData(IssueStatus.Monitoring, IssueStatus.Monitoring, true)]
    [InlineData(IssueStatus.Monitoring, IssueStatus.Handling, true)]
    [InlineData(IssueStatus.Monitoring, IssueStatus.Resolved, true)]
    [InlineData(IssueStatus.Monitoring, IssueStatus.Detected, false)]
    [InlineData(IssueStatus.Handling, IssueStatus.Monitoring, true)]
    [InlineData(IssueStatus.Handling, IssueStatus.Handling, true)]
    [InlineData(IssueStatus.Handling, IssueStatus.Resolved, true)]
    [InlineData(IssueStatus.Handling, IssueStatus.Detected, false)]
    [InlineData(IssueStatus.Resolved, IssueStatus.Monitoring, true)]
    [InlineData(IssueStatus.Resolved, IssueStatus.Handling, true)]
    [InlineData(IssueStatus.Resolved, IssueStatus.Resolved, false)]
    [InlineData(IssueStatus.Resolved, IssueStatus.Detected, false)]
    [InlineData(IssueStatus.Handling, (IssueStatus)9, false)]
    public void A_follow_up_moves_an_issue_forward_or_reopens_it_but_never_back_to_detected(IssueStatus from, IssueStatus to, bool allowed) =>
        IssueWorkflow.CanMove(from, to).ShouldBe(allowed);

    [Theory]
    [InlineData(IssueStatus.Detected, new[] { IssueStatus.Monitoring, IssueStatus.Handling, IssueStatus.Resolved })]
    [InlineData(IssueStatus.Resolved, new[] { IssueStatus.Monitoring, IssueStatus.Handling })]
    public void The_follow_up_form_offers_only_the_allowed_statuses(IssueStatus from, IssueStatus[] targets) =>
        IssueWorkflow.Targets(from).ShouldBe(targets);

    [Theory]
    [InlineData(IssueStatus.Handling, IssueStatus.Detected, "không chuyển về \"Mới phát hiện\"")]
    [InlineData(IssueStatus.Resolved, IssueStatus.Resolved, "đã được giải quyết")]
    public void A_refused_move_says_why_in_Vietnamese(IssueStatus from, IssueStatus to, string words) =>
        IssueWorkflow.Refusal(from, to).ShouldContain(words);

    [Theory]
    [InlineData(IssueStatus.Detected, true)]
    [InlineData(IssueStatus.Monitoring, true)]
    [InlineData(IssueStatus.Handling, true)]
    [InlineData(IssueStatus.Resolved, false)]
    public void Only_a_resolved_issue_is_closed(IssueStatus status, bool open) => IssueWorkflow.IsOpen(status).ShouldBe(open);
}
