using System.Globalization;
using System.Net;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>What feature tests do with pages and problems: post a form with its antiforgery token, read a 400's fields, fill a report from the system.</summary>
public static class PageForms
{
    /// <summary>Reads the form page (without its handler) for a token, then posts the fields to the URL.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url.Contains("handler=", StringComparison.Ordinal) ? url[..url.IndexOf('?', StringComparison.Ordinal)] : url);
        fields["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The invalid fields of a 400 answer, failing when the answer is anything else.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }

    /// <summary>Presses "Lấy số liệu" on a report's page: fills what the system knows at the given revision.</summary>
    public static async Task<HttpResponseMessage> PrefillAsync(HttpClient browser, long reportId, int revision) =>
        await PostFormAsync(browser, $"/Reports/Report/{reportId}?handler=Prefill", new() { ["revision"] = revision.ToString(CultureInfo.InvariantCulture) });
}
