using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

public static class Orgs
{
    /// <summary>The id of the first organisation whose name matches, as the given client sees it.</summary>
    public static async Task<Org> FindAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<Paged<Org>>($"/api/v1/organizations?q={Uri.EscapeDataString(query)}&pageSize=100", ApiClient.Json);
        return page!.Items.FirstOrDefault() ?? throw new InvalidOperationException($"No organisation matches '{query}'.");
    }

    /// <summary>One organisation's details, with its path.</summary>
    public static async Task<Org> GetAsync(HttpClient client, int id) =>
        (await client.GetFromJsonAsync<Org>($"/api/v1/organizations/{id}", ApiClient.Json))!;

    public static async Task<List<Org>> ChildrenAsync(HttpClient client, int parentId) =>
        (await client.GetFromJsonAsync<List<Org>>($"/api/v1/organizations?parentId={parentId}", ApiClient.Json))!;
}
