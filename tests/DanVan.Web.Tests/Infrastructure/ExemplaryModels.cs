using System.Net;
using System.Net.Http.Json;
using SkiaSharp;

namespace DanVan.Web.Tests.Infrastructure;

// Models as a client reads them; enums arrive as their names.
public sealed record ModelRow(long Id, string Name, string Field, string FieldName, int OrganizationId, string OrganizationName, string Level, DateOnly StartedOn, bool IsPublished, long? OriginId, string Recognition, string RecognitionName);

public sealed record ModelResultRow(decimal Value, string Unit, string Label);

public sealed record RecognitionRow(long Id, string DecisionNumber, DateOnly DecidedOn, string IssuedBy, string Level, DateOnly ValidFrom, DateOnly? ValidTo, bool ReevaluateYearly, DateOnly? LastDay, string Status, string StatusName);

public sealed record ModelFileRow(long Id, string FileName, string? Caption, long Size);

public sealed record ModelDetails(
    long Id, string Name, string Field, int OrganizationId, string OrganizationName, string Level, DateOnly StartedOn, string Description, string? Goals, string? Beneficiaries,
    bool IsPublished, long? OriginId, long RootId, string Recognition, List<ModelResultRow> Results, List<RecognitionRow> Recognitions, List<ModelFileRow> Photos, List<ModelFileRow> Documents, int ReplicaCount);

public sealed record TreeNodeRow(long Id, long? OriginId, int Depth, string? Name, string OrganizationName, bool Visible);

public sealed record ModelTree(long ModelId, long RootId, int Total, int DirectReplicas, int AllReplicas, List<TreeNodeRow> Nodes);

public sealed record StatsRow(string Key, string Name, List<int> Counts, int Total, int Recognised);

public sealed record ModelStats(int OrganizationId, List<int> Years, List<StatsRow> ByField, List<StatsRow> ByLevel, StatsRow All);

public static class ModelClient
{
    public static object Model(int organizationId, string name = "Dân vận khéo trong hiến đất làm đường", string field = "Economy", string startedOn = "15/03/2024", bool published = false, object[]? results = null) => new
    {
        organizationId,
        name,
        field,
        startedOn,
        description = "Cán bộ thôn đến từng nhà vận động hiến đất mở rộng đường liên thôn.",
        goals = "Hoàn thành 10 km đường bê tông trong hai năm.",
        beneficiaries = "Nhân dân ba thôn ven tuyến",
        isPublished = published,
        results = results ?? [new { value = 12.5, unit = "km", label = "đường được mở rộng" }, new { value = "1.250", unit = "m²", label = "đất do dân hiến" }],
    };

    public static object Recognition(string number = "125-QĐ/TU", string decidedOn = "01/06/2025", string? validTo = null, bool yearly = false, string level = "Province") => new
    {
        decisionNumber = number,
        decidedOn,
        issuedBy = "Ban Thường vụ Tỉnh ủy",
        level,
        validFrom = decidedOn,
        validTo,
        reevaluateYearly = yearly,
    };

    public static async Task<ModelDetails> RegisterAsync(HttpClient client, object model)
    {
        var response = await client.PostAsJsonAsync("/api/v1/models", model);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ModelDetails>();
    }

    public static async Task<ModelDetails> RecogniseAsync(HttpClient client, long modelId, object recognition)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/models/{modelId}/recognitions", recognition);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ModelDetails>();
    }

    public static async Task<ModelDetails> ReplicateAsync(HttpClient client, long modelId, int organizationId, string startedOn = "01/09/2025")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/models/{modelId}/replicas", new { organizationId, startedOn });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ModelDetails>();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, long modelId, byte[] content, string name, string kind = "photos", string? caption = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        return client.PostAsync($"/api/v1/models/{modelId}/{kind}", form);
    }

    /// <summary>A real PNG picture of the given size.</summary>
    public static byte[] Png(int width = 800, int height = 600)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(176, 42, 55));
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static async Task<Paged<ModelRow>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Paged<ModelRow>>($"/api/v1/models?{query}", ApiClient.Json))!;
}
