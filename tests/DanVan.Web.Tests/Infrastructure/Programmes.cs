using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Programmes, tasks and notifications as a client reads them; enums arrive as their names.
public sealed record ProgrammeGroupRow(int Id, int Order, string Title, int TaskCount);

public sealed record ProgrammeRow(int Id, int OrganizationId, string OrganizationName, int Year, string Title, string? Description, List<ProgrammeGroupRow> Groups, int TaskCount);

public sealed record TaskListRow(long Id, string Title, int OrganizationId, string OrganizationName, int AssignedByOrganizationId, DateOnly? DueOn, string Status, int Progress, string DeadlineState, long? ParentId, int? ProgrammeId, int Weight);

public sealed record EvidenceRow(long Id, string FileName, long Size);

public sealed record TaskUpdateRow(long Id, DateOnly ReportedOn, int Progress, string Status, string Note, List<EvidenceRow> Evidence);

public sealed record OrgRef(int Id, string Name);

public sealed record TaskDetails(
    long Id, string Title, int OrganizationId, int AssignedByOrganizationId, List<OrgRef> Coordinators, string SourceKind, string? SourceReference, long? ConclusionId,
    int? ProgrammeId, int? GroupId, long? ParentId, DateOnly? DueOn, string Status, int ReportedProgress, int Progress, int Weight, DateOnly? CompletedOn,
    string DeadlineState, int Revision, bool CanEdit, bool CanReport, List<TaskListRow> SubTasks, List<TaskUpdateRow> Updates);

public sealed record FollowUpLine(int OrganizationId, string OrganizationName, bool IsRoot, int Overdue, int DueSoon);

public sealed record FollowUpResult(int OrganizationId, List<FollowUpLine> Rows, int Overdue, int DueSoon);

public sealed record NotificationRow(long Id, string Title, string? Body, string? Link, DateTime? ReadAt);

public static class ProgrammesClient
{
    /// <summary>Today in Vietnam, as the server counts deadlines.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static string Day(int daysFromToday) => Today.AddDays(daysFromToday).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static object NewTask(string title, int[] leads, int? assignedBy = null, string? due = null, long? parentId = null, int weight = 1, int[]? coordinators = null, string sourceKind = "SuperiorRequest", int? programmeId = null, int? groupId = null) => new
    {
        title,
        description = "Tổ chức thực hiện, báo cáo kết quả về cơ quan giao nhiệm vụ.",
        sourceKind,
        sourceReference = "Công văn số 120-CV/BTGDVTW",
        assignedByOrganizationId = assignedBy,
        organizationIds = leads,
        coordinatorIds = coordinators ?? [],
        parentId,
        programmeId,
        groupId,
        startOn = Day(-10),
        dueOn = due ?? Day(30),
        weight,
    };

    public static async Task<List<TaskDetails>> GiveAsync(HttpClient client, object task)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tasks", task);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<List<TaskDetails>>();
    }

    public static async Task<TaskDetails> GiveOneAsync(HttpClient client, object task) => (await GiveAsync(client, task)).ShouldHaveSingleItem();

    public static async Task<TaskDetails> GetAsync(HttpClient client, long taskId) =>
        (await client.GetFromJsonAsync<TaskDetails>($"/api/v1/tasks/{taskId}", ApiClient.Json))!;

    public static async Task<HttpResponseMessage> ReportAsync(HttpClient client, long taskId, int progress, string status, string note = "Đã triển khai tới các chi bộ.", params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Day(0)), "reportedOn" },
            { new StringContent(progress.ToString(CultureInfo.InvariantCulture)), "progress" },
            { new StringContent(status), "status" },
            { new StringContent(note), "note" },
        };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await client.PostAsync($"/api/v1/tasks/{taskId}/updates", form);
    }

    public static async Task<Paged<TaskListRow>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/tasks?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Paged<TaskListRow>>();
    }

    /// <summary>A minimal PDF: the magic bytes and an end marker.</summary>
    public static byte[] Pdf => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
}
