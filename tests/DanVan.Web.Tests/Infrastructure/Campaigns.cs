using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Campaigns as a client reads them; enums arrive as their names.
public sealed record CampaignIndicatorRow(long Id, string? Code, string Name, string Unit, string? ReportKey);

public sealed record CampaignDetails(
    long Id, string Kind, string Name, int HostOrganizationId, string HostName, DateOnly StartsOn, DateOnly EndsOn, string Phase,
    List<CampaignIndicatorRow> Indicators, int ParticipantCount, bool CanManage, int Revision);

public sealed record CampaignRow(long Id, string Kind, string Name, int HostOrganizationId, string HostName, string Phase, int ParticipantCount);

public sealed record CampaignTotalsRow(int OrganizationId, string Name, bool OwnRow, bool HasChildren, Dictionary<long, double> Values);

public sealed record CampaignTotals(long CampaignId, int OrganizationId, string OrganizationName, List<CampaignTotalsRow> Rows, Dictionary<long, double> Total, int Participants, int Reporting, List<string> Silent);

public sealed record CampaignEntry(long Id, int OrganizationId, string OrganizationName, DateOnly RecordedOn, string? Note, Dictionary<long, double> Values);

public static class CampaignClient
{
    public static object Campaign(int hostId, string name = "Chăm lo Tết cho hộ nghèo", string kind = "TetCare", string startsOn = "01/01/2026", string endsOn = "31/12/2026", string[]? codes = null, object[]? own = null, int? revision = null) => new
    {
        kind,
        name,
        hostOrganizationId = hostId,
        startsOn,
        endsOn,
        description = "Thăm, tặng quà các gia đình chính sách và hộ nghèo.",
        indicatorCodes = codes ?? ["DOAN_THAM", "QUA_NGHEO", "GIA_TRI_QUA"],
        ownIndicators = own ?? [new { name = "Số xe lăn trao tặng", unit = "chiếc" }],
        revision,
    };

    public static async Task<CampaignDetails> LaunchAsync(HttpClient client, object campaign)
    {
        var response = await client.PostAsJsonAsync("/api/v1/campaigns", campaign);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CampaignDetails>();
    }

    public static async Task<int> AddAsync(HttpClient client, long campaignId, object participants)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/campaigns/{campaignId}/participants", participants);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Dictionary<string, int>>())["added"];
    }

    /// <summary>Records amounts by indicator code or name.</summary>
    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, CampaignDetails campaign, int organizationId, string recordedOn, params (string Indicator, object Value)[] values) =>
        client.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/results", new
        {
            organizationId,
            recordedOn,
            note = "Đợt thăm, tặng quà",
            values = values.Select(v => new { indicatorId = campaign.Indicators.Single(i => i.Code == v.Indicator || i.Name == v.Indicator).Id, value = v.Value }).ToArray(),
        });

    public static async Task<CampaignTotals> TotalsAsync(HttpClient client, long campaignId, int? organizationId = null) =>
        (await client.GetFromJsonAsync<CampaignTotals>($"/api/v1/campaigns/{campaignId}/totals{(organizationId is null ? "" : $"?organizationId={organizationId}")}", ApiClient.Json))!;
}
