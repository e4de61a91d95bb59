using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Reception sessions, dialogues and the duty grid as a client reads them; enums arrive as their names.
public sealed record SessionRow(long Id, int OrganizationId, string OrganizationName, DateOnly HeldOn, string Place, string ReceiverName, string ReceiverPosition, bool HeadInPerson, bool IsOnline, bool IsAdHoc, string? AdHocReason, int CitizenCount, string Matters, string? Outcomes);

public sealed record DialogueRow(long Id, int OrganizationId, string Topic, DateOnly HeldOn, string Place, string HostName, string HostPosition, int ParticipantCount, string? Participants, string Issues, string? Answers, List<string> FollowUps);

public sealed record RecordChange(DateTime At, string UserName, string Action, string ActionName, List<ChangedField> Fields);

public sealed record ChangedField(string Name, string? Before, string? After);

public sealed record DutyGrid(int OrganizationId, int? Year, List<string> Months, List<DutyRule> Duties, Paged<DutyRow> Rows)
{
    public DutyCell Cell(int organizationId, string month) => Rows.Items.Single(r => r.OrganizationId == organizationId).Cells.Single(c => c.Month == month);
}

public sealed record DutyRule(string Code, string Title, string Minimum, string Citation);

public sealed record DutyRow(int OrganizationId, string OrganizationName, string HeadPosition, List<DutyCell> Cells);

public sealed record DutyCell(string Month, string? Duty, int Achieved, int Required, string Unit, string Status, string Text, int AdHocDays);

public static class ReceptionClient
{
    public static object Session(
        int organizationId, string heldOn, bool headInPerson = true, string position = "PartySecretary", object? citizenCount = null, string place = "Trụ sở tiếp công dân xã",
        string matters = "Ông Lê Văn Hùng đề nghị làm rõ ranh giới đất ở thôn 5.", bool isAdHoc = false, string? adHocReason = null) => new
        {
            organizationId,
            heldOn,
            place,
            receiverName = headInPerson ? "Nguyễn Văn Thắng" : "Trần Thị Lan",
            receiverPosition = headInPerson ? position : "DeputyOrDelegate",
            headInPerson,
            isOnline = false,
            isAdHoc,
            adHocReason,
            citizenCount = citizenCount ?? 3,
            matters,
            outcomes = "Giao công chức địa chính kiểm tra, trả lời trong 10 ngày.",
        };

    public static object Dialogue(int organizationId, string heldOn = "15/04/2026", string topic = "Đối thoại về bồi thường giải phóng mặt bằng đường ven biển") => new
    {
        organizationId,
        topic,
        heldOn,
        place = "Nhà văn hóa thôn 2",
        hostName = "Nguyễn Văn Thắng",
        hostPosition = "PartySecretary",
        participantCount = 85,
        participants = "Đại diện 60 hộ dân có đất bị thu hồi; Hội Nông dân xã",
        issues = "Giá bồi thường đất nông nghiệp thấp hơn giá thị trường.",
        answers = "Giá bồi thường theo bảng giá đất của tỉnh; xã sẽ kiến nghị điều chỉnh.",
        followUps = "Tổng hợp kiến nghị gửi UBND tỉnh\n\n- Công khai phương án bồi thường tại nhà văn hóa thôn\n",
    };

    public static async Task<SessionRow> RecordAsync(HttpClient client, object session)
    {
        var response = await client.PostAsJsonAsync("/api/v1/reception-sessions", session);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<SessionRow>();
    }

    public static async Task<DialogueRow> HoldAsync(HttpClient client, object dialogue)
    {
        var response = await client.PostAsJsonAsync("/api/v1/dialogues", dialogue);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DialogueRow>();
    }

    public static async Task<DutyGrid> DutiesAsync(HttpClient client, int organizationId, int year, string extra = "")
    {
        var response = await client.GetAsync($"/api/v1/organizations/{organizationId}/reception-duties?year={year}&pageSize=100{extra}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<DutyGrid>();
    }
}
