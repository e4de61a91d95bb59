namespace DanVan.Domain.Petitions;

/// <summary>Vietnamese names of the petition lists: channel, field, complexity and action.</summary>
public static class PetitionNames
{
    /// <summary>The channel's name.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>E.g. "Trực tiếp".</returns>
    public static string Of(PetitionChannel channel) => channel switch
    {
        PetitionChannel.InPerson => "Trực tiếp",
        PetitionChannel.Post => "Qua bưu chính",
        PetitionChannel.Portal => "Cổng trực tuyến",
        PetitionChannel.Forwarded => "Cơ quan khác chuyển đến",
        PetitionChannel.Integration => "Hệ thống khác",
        _ => channel.ToString(),
    };

    /// <summary>The field's name.</summary>
    /// <param name="field">The field.</param>
    /// <returns>E.g. "Đất đai".</returns>
    public static string Of(PetitionField field) => field switch
    {
        PetitionField.Land => "Đất đai",
        PetitionField.Policy => "Chế độ, chính sách",
        PetitionField.Environment => "Môi trường",
        PetitionField.Administration => "Hành chính, tư pháp",
        PetitionField.Officials => "Cán bộ, đảng viên",
        PetitionField.Economy => "Kinh tế, tài chính",
        PetitionField.Society => "Văn hóa, xã hội",
        PetitionField.Other => "Khác",
        _ => field.ToString(),
    };

    /// <summary>The complexity's name.</summary>
    /// <param name="complexity">The complexity.</param>
    /// <returns>E.g. "Phức tạp".</returns>
    public static string Of(PetitionComplexity complexity) => complexity switch
    {
        PetitionComplexity.Normal => "Thông thường",
        PetitionComplexity.Complex => "Phức tạp",
        PetitionComplexity.EspeciallyComplex => "Đặc biệt phức tạp",
        _ => complexity.ToString(),
    };

    /// <summary>The action's name, as a verb.</summary>
    /// <param name="action">The action.</param>
    /// <returns>E.g. "Thụ lý".</returns>
    public static string Of(PetitionAction action) => action switch
    {
        PetitionAction.Classify => "Phân loại",
        PetitionAction.Assign => "Giao xử lý",
        PetitionAction.Accept => "Thụ lý",
        PetitionAction.Refuse => "Không thụ lý",
        PetitionAction.Forward => "Chuyển đơn",
        PetitionAction.Extend => "Gia hạn",
        PetitionAction.Resolve => "Giải quyết",
        PetitionAction.PublishAnswer => "Công khai kết quả",
        PetitionAction.Close => "Kết thúc",
        PetitionAction.Withdraw => "Rút đơn",
        PetitionAction.MarkDuplicate => "Gộp đơn trùng",
        _ => action.ToString(),
    };

    /// <summary>The step's name.</summary>
    /// <param name="step">The step.</param>
    /// <returns>E.g. "Thụ lý".</returns>
    public static string Of(DeadlineStep step) => step switch
    {
        DeadlineStep.Handling => "Xử lý đơn",
        DeadlineStep.Acceptance => "Thụ lý",
        DeadlineStep.Resolution => "Giải quyết",
        DeadlineStep.Forwarding => "Chuyển đơn",
        DeadlineStep.Notification => "Thông báo",
        DeadlineStep.FilingLimit => "Thời hiệu",
        _ => "Khác",
    };
}
