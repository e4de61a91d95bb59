using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Reception.Dialogues;

/// <summary>The direct dialogues of an organisation and its subtree, newest first; exported to Excel as filtered.</summary>
public sealed class IndexModel(DialogueDirectory directory, SubtreeAccess access) : ReceptionListPageModel<DialogueDto>(access)
{
    protected override Task<(PagedList<DialogueDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken) =>
        directory.ListAsync(filter, cancellationToken);

    protected override Task<(IAsyncEnumerable<DialogueDto>? Records, CommandStatus Status)> StreamAsync(ReceptionFilter filter, CancellationToken cancellationToken) =>
        directory.StreamAsync(filter, cancellationToken);

    protected override ExcelFile Export(IAsyncEnumerable<DialogueDto> records) =>
        ExcelExport.File("doi-thoai-truc-tiep.xlsx", "Đối thoại trực tiếp",
            ["Ngày", "Cơ quan, tổ chức", "Chủ đề", "Địa điểm", "Người chủ trì", "Chức vụ", "Số người tham dự", "Thành phần", "Vấn đề người dân nêu", "Nội dung trả lời", "Việc cần làm tiếp"],
            records,
            d => [d.HeldOn, d.OrganizationName, d.Topic, d.Place, d.HostName, d.HostPositionName, d.ParticipantCount, d.Participants, d.Issues, d.Answers, string.Join("\n", d.FollowUps)]);
}
