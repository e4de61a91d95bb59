using DanVan.Domain.Petitions;

namespace DanVan.Domain.Tests.Petitions;

public sealed class PetitionWorkflowTests
{
    // Every allowed move, by kind group: "law" = khiếu nại and tố cáo, "knpa" = kiến nghị and phản ánh, "all" = both.
    private static readonly (PetitionStatus From, PetitionAction Action, string Kinds, PetitionStatus To)[] Allowed =
    [
        (PetitionStatus.Registered, PetitionAction.Classify, "all", PetitionStatus.Registered),
        (PetitionStatus.Accepted, PetitionAction.Classify, "all", PetitionStatus.Accepted),
        (PetitionStatus.Registered, PetitionAction.Assign, "all", PetitionStatus.Registered),
        (PetitionStatus.Accepted, PetitionAction.Assign, "all", PetitionStatus.Accepted),
        (PetitionStatus.Registered, PetitionAction.Accept, "all", PetitionStatus.Accepted),
        (PetitionStatus.Registered, PetitionAction.Refuse, "all", PetitionStatus.Refused),
        (PetitionStatus.Registered, PetitionAction.Forward, "all", PetitionStatus.Forwarded),
        (PetitionStatus.Registered, PetitionAction.MarkDuplicate, "all", PetitionStatus.Duplicate),
        (PetitionStatus.Registered, PetitionAction.Withdraw, "all", PetitionStatus.Withdrawn),
        (PetitionStatus.Accepted, PetitionAction.Withdraw, "all", PetitionStatus.Withdrawn),
        (PetitionStatus.Accepted, PetitionAction.Extend, "law", PetitionStatus.Accepted),
        (PetitionStatus.Accepted, PetitionAction.Resolve, "all", PetitionStatus.Resolved),
        (PetitionStatus.Registered, PetitionAction.Resolve, "knpa", PetitionStatus.Resolved),
        (PetitionStatus.Resolved, PetitionAction.PublishAnswer, "all", PetitionStatus.Resolved),
        (PetitionStatus.Closed, PetitionAction.PublishAnswer, "all", PetitionStatus.Closed),
        (PetitionStatus.Resolved, PetitionAction.Close, "all", PetitionStatus.Closed),
        (PetitionStatus.Refused, PetitionAction.Close, "all", PetitionStatus.Closed),
        (PetitionStatus.Forwarded, PetitionAction.Close, "all", PetitionStatus.Closed),
    ];

    public static TheoryData<PetitionStatus, PetitionAction, PetitionKind> EveryMove()
    {
        var data = new TheoryData<PetitionStatus, PetitionAction, PetitionKind>();
        foreach (var status in Enum.GetValues<PetitionStatus>())
        {
            foreach (var action in Enum.GetValues<PetitionAction>())
            {
                foreach (var kind in Enum.GetValues<PetitionKind>())
                {
                    data.Add(status, action, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Every_move_is_either_allowed_to_its_status_or_refused_with_a_reason(PetitionStatus status, PetitionAction action, PetitionKind kind)
    {
        var group = PetitionKindNames.HasResolutionProcedure(kind) ? "law" : "knpa";
        var expected = Allowed.Where(a => a.From == status && a.Action == action && (a.Kinds == "all" || a.Kinds == group)).Select(a => (PetitionStatus?)a.To).SingleOrDefault();

        var transition = PetitionWorkflow.Apply(status, action, kind);

        transition.Status.ShouldBe(expected);
        if (expected is null)
        {
            transition.Refusal.ShouldNotBeNullOrWhiteSpace();
        }
        else
        {
            transition.Refusal.ShouldBeNull();
        }
    }

    [Fact]
    public void A_complaint_must_be_accepted_before_it_is_resolved() =>
        PetitionWorkflow.Apply(PetitionStatus.Registered, PetitionAction.Resolve, PetitionKind.Complaint).Refusal.ShouldBe("Đơn khiếu nại phải được thụ lý trước khi giải quyết.");

    [Fact]
    public void A_closed_petition_says_it_cannot_change() =>
        PetitionWorkflow.Apply(PetitionStatus.Closed, PetitionAction.Accept, PetitionKind.Denunciation).Refusal.ShouldBe("Đơn ở trạng thái \"Đã kết thúc\" nên không thể thay đổi.");

    [Theory]
    [InlineData(PetitionStatus.Registered, true)]
    [InlineData(PetitionStatus.Accepted, true)]
    [InlineData(PetitionStatus.Resolved, false)]
    [InlineData(PetitionStatus.Duplicate, false)]
    public void Only_registered_and_accepted_petitions_are_open(PetitionStatus status, bool open) =>
        PetitionStatusNames.IsOpen(status).ShouldBe(open);
}
