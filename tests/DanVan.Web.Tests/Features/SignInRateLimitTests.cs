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

    public void Dispose() => _factory.Dispose();

    private sealed class LimitedFactory : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Auth:SignInPermitPerMinute", "3"), new("Demo:Seed", "false")];
    }
}
