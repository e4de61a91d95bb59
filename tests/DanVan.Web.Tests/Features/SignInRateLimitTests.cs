using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly LimitedFactory _factory = new();

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_in_Vietnamese()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "khong-co", password = "x" })).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = DanVanFactory.Password });
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Vui lòng đợi một phút");
    }

    [Fact]
    public async Task The_sign_in_page_opens_freely_and_form_attempts_beyond_the_limit_get_a_Vietnamese_page()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var form = await client.GetStringAsync("/Account/Login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(form),
                ["Input.UserName"] = "khong-co",
                ["Input.Password"] = "x",
            }));
        }

        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await last.Content.ReadAsStringAsync()).ShouldContain("Vui lòng đợi một phút rồi thử lại.");
    }

    public void Dispose() => _factory.Dispose();

    private sealed class LimitedFactory : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Auth:SignInPermitPerMinute", "3"), new("Demo:Seed", "false")];
    }
}
