using System.Net;
using System.Net.Http.Json;
using System.Text;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Features;

public abstract class SecurityTests(DanVanFactory factory)
{
    [Fact]
    public void Every_endpoint_and_page_names_an_authorization_policy_or_is_public_on_purpose()
    {
        _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var unmarked = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(30);
        unmarked.ShouldBeEmpty();
        var publicOnes = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();
        publicOnes.ShouldAllBe(p => p == "" || p.StartsWith("api/v1/units", StringComparison.Ordinal) || p.StartsWith("Units", StringComparison.Ordinal)
            || p.StartsWith("Account/", StringComparison.Ordinal) || p.StartsWith("Error", StringComparison.Ordinal)
            || p == "api/v1/auth/token" || p.StartsWith("openapi", StringComparison.Ordinal)
            || p == "api/v1/calendar/days-off" || p == "api/v1/calendar/due" || p == "api/v1/legal-rules" || p.StartsWith("Calendar", StringComparison.Ordinal)
            || p.StartsWith("api/v1/public/petitions", StringComparison.Ordinal) || p.StartsWith("api/v1/public/meetings/feed", StringComparison.Ordinal) || p.StartsWith("Portal", StringComparison.Ordinal)
            || p == "Models/Showcase");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Units")]
    [InlineData("/Account/Login")]
    public async Task Pages_carry_security_headers_and_no_inline_script(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\ssrc=)[^>]*>").ShouldBeEmpty();
        html.ShouldNotContain(" style=\"");
        html.ShouldContain("<html lang=\"vi\">");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"name\": 12, \"typeId\": \"abc\"}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_or_mistyped_JSON_is_a_400_problem_in_Vietnamese_never_a_500(string body)
    {
        var admin = await factory.BearerAsync("admin");

        var response = await admin.PostAsync("/api/v1/organizations", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadAsync<Problem>();
        problem.Title.ShouldBe("Yêu cầu không hợp lệ");
    }

    [Fact]
    public async Task Over_long_text_invalid_unicode_and_markup_are_refused_or_stored_escaped()
    {
        var admin = await factory.BearerAsync("admin");
        var central = await Orgs.FindAsync(admin, "trung uong");
        var longName = new string('a', 301);

        var tooLong = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = longName, typeId = 1, level = "Province", adminUnitCode = "40", parentId = central.Id, validFrom = "01/01/2026" });
        var badUnicode = await admin.PostAsync("/api/v1/organizations", new StringContent($"{{\"name\":\"ab\\ud800c\",\"typeId\":1,\"level\":\"Province\",\"adminUnitCode\":\"40\",\"parentId\":{central.Id},\"validFrom\":\"01/01/2026\"}}", Encoding.UTF8, "application/json"));
        var script = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "<script>alert(1)</script>'; DROP TABLE x;--", typeId = 1, level = "Province", adminUnitCode = "40", parentId = central.Id, validFrom = "01/01/2026" });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.ReadAsync<Problem>()).Errors!["Name"].ShouldContain("Tên tổ chức không được dài quá 300 ký tự.");
        badUnicode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        script.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await script.ReadAsync<Org>();
        var page = await (await factory.BrowserAsync("admin")).GetStringAsync($"/Organizations/Details/{created.Id}");
        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_v1_API_and_Swagger_UI_is_served()
    {
        var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");
        var ui = await client.GetAsync("/swagger/index.html");

        document.ShouldContain("/api/v1/units");
        document.ShouldContain("/api/v1/organizations/{organizationId}");
        document.ShouldContain("/api/v1/users");
        document.ShouldContain("/api/v1/reception-sessions/{sessionId}");
        document.ShouldContain("/api/v1/dialogues/{dialogueId}");
        document.ShouldContain("/api/v1/organizations/{organizationId}/reception-duties");
        document.ShouldContain("Trách nhiệm tiếp công dân định kỳ của người đứng đầu");
        ui.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_page_is_a_Vietnamese_404_page()
    {
        var response = await factory.CreateClient().GetAsync("/khong-co-trang-nay");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy trang");
    }

    [Fact]
    public async Task The_home_page_speaks_Vietnamese_and_says_where_to_go_next()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        html.ShouldContain("Hệ thống công tác dân vận");
        html.ShouldContain("href=\"/Account/Login\"");
        html.ShouldContain("Bắt đầu từ đâu?");
    }
}

[Collection("sqlite")]
public sealed class SqliteSecurityTests(SqliteFixture fixture) : SecurityTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresSecurityTests(PostgresFixture fixture) : SecurityTests(fixture.Factory);
