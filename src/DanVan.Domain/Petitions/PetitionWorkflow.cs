namespace DanVan.Domain.Petitions;

/// <summary>
/// The handling of a petition. A registered petition is classified and then accepted, refused,
/// forwarded, marked as a duplicate or withdrawn; kiến nghị and phản ánh, which have no thụ lý,
/// may also be answered at once. An accepted case is extended within the law, resolved or
/// withdrawn. A resolved case's answer is published; resolved, refused and forwarded petitions are
/// closed.
/// </summary>
public static class PetitionWorkflow
{
    /// <summary>The status after an action, or the Vietnamese reason it is refused.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="action">The action.</param>
    /// <param name="kind">The kind of petition.</param>
    /// <returns>The new status, or a refusal.</returns>
    public static PetitionTransition Apply(PetitionStatus status, PetitionAction action, PetitionKind kind)
    {
        var procedure = PetitionKindNames.HasResolutionProcedure(kind);
        return (action, status) switch
        {
            (PetitionAction.Classify or PetitionAction.Assign, PetitionStatus.Registered or PetitionStatus.Accepted) => PetitionTransition.To(status),
            (PetitionAction.Accept, PetitionStatus.Registered) => PetitionTransition.To(PetitionStatus.Accepted),
            (PetitionAction.Refuse or PetitionAction.Forward or PetitionAction.MarkDuplicate, PetitionStatus.Registered) => PetitionTransition.To(Target(action)),
            (PetitionAction.Accept or PetitionAction.Refuse or PetitionAction.Forward or PetitionAction.MarkDuplicate, PetitionStatus.Accepted) =>
                PetitionTransition.Refuse("Đơn đã được thụ lý; chỉ có thể gia hạn, giải quyết hoặc ghi nhận rút đơn."),
            (PetitionAction.Extend, PetitionStatus.Accepted) => procedure
                ? PetitionTransition.To(PetitionStatus.Accepted)
                : PetitionTransition.Refuse("Kiến nghị, phản ánh không có thủ tục gia hạn."),
            (PetitionAction.Extend, PetitionStatus.Registered) => PetitionTransition.Refuse("Chỉ gia hạn giải quyết đơn đã thụ lý."),
            (PetitionAction.Resolve, PetitionStatus.Accepted) => PetitionTransition.To(PetitionStatus.Resolved),
            (PetitionAction.Resolve, PetitionStatus.Registered) => procedure
                ? PetitionTransition.Refuse($"Đơn {PetitionKindNames.Of(kind).ToLowerInvariant()} phải được thụ lý trước khi giải quyết.")
                : PetitionTransition.To(PetitionStatus.Resolved),
            (PetitionAction.Withdraw, PetitionStatus.Registered or PetitionStatus.Accepted) => PetitionTransition.To(PetitionStatus.Withdrawn),
            (PetitionAction.PublishAnswer, PetitionStatus.Resolved or PetitionStatus.Closed) => PetitionTransition.To(status),
            (PetitionAction.PublishAnswer, _) => PetitionTransition.Refuse("Chỉ công khai kết quả của đơn đã giải quyết."),
            (PetitionAction.Close, PetitionStatus.Resolved or PetitionStatus.Refused or PetitionStatus.Forwarded) => PetitionTransition.To(PetitionStatus.Closed),
            (PetitionAction.Close, PetitionStatus.Registered or PetitionStatus.Accepted) => PetitionTransition.Refuse("Đơn chưa xử lý xong; hãy giải quyết, không thụ lý hoặc chuyển đơn trước khi kết thúc."),
            (_, PetitionStatus.Closed or PetitionStatus.Withdrawn or PetitionStatus.Duplicate) =>
                PetitionTransition.Refuse($"Đơn ở trạng thái \"{PetitionStatusNames.Of(status)}\" nên không thể thay đổi."),
            _ => PetitionTransition.Refuse($"Không thể thực hiện thao tác này khi đơn ở trạng thái \"{PetitionStatusNames.Of(status)}\"."),
        };
    }

    private static PetitionStatus Target(PetitionAction action) => action switch
    {
        PetitionAction.Refuse => PetitionStatus.Refused,
        PetitionAction.Forward => PetitionStatus.Forwarded,
        _ => PetitionStatus.Duplicate,
    };
}
