using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Petitions as a client reads them; enums arrive as their names.
public sealed record PetitionDeadline(string Step, DateOnly StartedOn, int Days, DateOnly Due, int DaysLeft, string State, string Rule, string Citation);

public sealed record PetitionPerson(string FullName, string? Phone, string? Email, string? Address, string? IdentityNumber);

public sealed record PetitionStep(DateTime At, string UserName, string Title, string? Note, bool IsPublic);

public sealed record PetitionFile(
    long Id,
    string TrackingCode,
    int Revision,
    string Kind,
    string Field,
    int Round,
    string? FirstPetitionCode,
    string? DuplicateOfCode,
    int OrganizationId,
    DateOnly ReceivedOn,
    string Status,
    string StatusName,
    string Complexity,
    bool IsRemoteArea,
    PetitionDeadline? Deadline,
    List<int> Extensions,
    string? AssignedToName,
    string? Answer,
    DateTime? AnswerPublishedAt,
    bool IdentityHidden,
    List<PetitionPerson> Petitioners,
    List<PetitionStep> Events,
    List<string> Actions,
    bool DocumentsVisible,
    List<PetitionDocumentInfo> Documents);

public sealed record PetitionDocumentInfo(long Id, string FileName, long Size);

public sealed record PetitionRow(long Id, string TrackingCode, string Kind, string Summary, string Petitioners, int OrganizationId, string Status, DateOnly? DueOn, int? DaysLeft, string? DueState);

public sealed record PublicStatus(string TrackingCode, string KindName, DateOnly ReceivedOn, string StatusName, string OrganizationName, DateOnly? DueOn, string? Answer, List<PublicStatusStep> Steps);

public sealed record PublicStatusStep(DateTime At, string Title);

public static class PetitionClient
{
    public static object NewPetition(int organizationId, string kind = "Complaint", string receivedOn = "02/03/2026", string summary = "Đề nghị xem xét việc thu hồi đất", string name = "Nguyễn Văn An") => new
    {
        organizationId,
        kind,
        field = "Land",
        channel = "InPerson",
        receivedOn,
        summary,
        content = "Gia đình tôi đề nghị xem xét lại phương án bồi thường khi thu hồi đất ở thôn 3.",
        petitioners = new[] { new { fullName = name, phone = "0912 345 678", address = "Thôn 3" } },
    };

    public static async Task<PetitionFile> RegisterAsync(HttpClient client, object petition)
    {
        var response = await client.PostAsJsonAsync("/api/v1/petitions", petition);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<PetitionFile>();
    }

    public static async Task<PetitionFile> GetAsync(HttpClient client, long id, bool reveal = false) =>
        (await client.GetFromJsonAsync<PetitionFile>($"/api/v1/petitions/{id}{(reveal ? "?revealIdentity=true" : string.Empty)}", ApiClient.Json))!;

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, PetitionFile petition, string action, object? fields = null)
    {
        var body = new Dictionary<string, object?> { ["action"] = action, ["revision"] = petition.Revision };
        foreach (var property in fields?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(fields);
        }

        return client.PostAsJsonAsync($"/api/v1/petitions/{petition.Id}/actions", body);
    }

    public static async Task<PetitionFile> DoAsync(HttpClient client, PetitionFile petition, string action, object? fields = null)
    {
        var response = await ActAsync(client, petition, action, fields);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<PetitionFile>();
    }
}
