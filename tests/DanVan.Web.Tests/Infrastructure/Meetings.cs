using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Meetings and bridge points as a client reads them; enums arrive as their names.
public sealed record MeetingRow(long Id, string Title, string TypeName, DateTime StartsAt, DateTime EndsAt, string HostName, string HostLevel, bool IsCancelled, int BridgePointCount);

public sealed record MeetingView(long Id, int HostOrganizationId, string Title, DateTime StartsAt, DateTime EndsAt, string Mode, string? Recurrence, long? SeriesId, bool CanEdit, bool IsCancelled, int Revision,
    BridgeTotals Bridges, List<AgendaView> Agenda, List<ConclusionView> Conclusions, string? Minutes);

public sealed record BridgeTotals(int Total, int Connected, int Failed, int Absent, int Pending, int Attendance);

public sealed record AgendaView(long Id, int Order, string Title, string? Presenter, int? DurationMinutes);

public sealed record ConclusionView(long Id, int Order, string Text, int TaskCount);

public sealed record PointView(long Id, int OrganizationId, string OrganizationName, string? Location, string Status, string StatusName, int? AttendanceCount, List<AttendeeView> Attendees, bool CanEdit, int Revision);

public sealed record AttendeeView(string Name, string? Position, string? Organization);

public sealed record PointsView(BridgeTotals Summary, List<PointView> Points);

public sealed record CreatedMeetings(MeetingView Meeting, List<SeriesItem> Series);

public sealed record SeriesItem(long Id, DateTime StartsAt);

public static class MeetingClient
{
    public static int TypeId { get; } = 1;

    public static object Meeting(int hostId, string title, string date = "10/12/2026", string mode = "Online", object? repeat = null, string? count = null) => new
    {
        typeId = TypeId,
        hostOrganizationId = hostId,
        title,
        chairs = "Đồng chí Trưởng Ban – chủ trì",
        date,
        startTime = "08:00",
        endTime = "11:30",
        place = "Hội trường",
        mode,
        onlineLink = mode == "InPerson" ? null : "https://hop.danvan.example/phong-1",
        repeat,
        repeatCount = count,
    };

    public static async Task<CreatedMeetings> PlanAsync(HttpClient client, object meeting)
    {
        var response = await client.PostAsJsonAsync("/api/v1/meetings", meeting);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CreatedMeetings>();
    }

    public static async Task<PointsView> PointsAsync(HttpClient client, long meetingId)
    {
        var response = await client.GetAsync($"/api/v1/meetings/{meetingId}/bridge-points");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<PointsView>();
    }

    public static async Task<int> AddPointsAsync(HttpClient client, long meetingId, object input)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bridge-points", input);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<AddedPoints>()).Added;
    }

    public static async Task<MeetingView> GetAsync(HttpClient client, long meetingId) =>
        (await client.GetFromJsonAsync<MeetingView>($"/api/v1/meetings/{meetingId}", ApiClient.Json))!;

    private sealed record AddedPoints(int Added);
}
