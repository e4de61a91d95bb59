using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

public abstract class AccountsTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "sai-mat-khau" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadAsync<Problem>()).Detail.ShouldBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var admin = await factory.BearerAsync("admin");
        var userName = $"khoa{Guid.NewGuid():N}"[..12];
        var central = await Orgs.FindAsync(admin, "trung uong");
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Thử Khóa", password = DanVanFactory.Password, organizationId = central.Id, role = "Officer" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "sai-mat-khau" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DanVanFactory.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadAsync<Problem>()).Detail!.ShouldContain("tạm bị khóa");
    }

    [Fact]
    public async Task Sign_in_through_the_form_opens_the_home_page_and_sign_out_ends_it()
    {
        var browser = await factory.BrowserAsync("tw.lanhdao");

        var home = await browser.GetStringAsync("/");
        home.ShouldContain("Xin chào, Trần Văn Minh");
        home.ShouldContain("Lãnh đạo");

        var token = ApiClient.AntiforgeryToken(home);
        var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/Organizations")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = DanVanFactory.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("danvan.auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_the_password_requires_the_current_one_and_the_policy()
    {
        var admin = await factory.BearerAsync("admin");
        var central = await Orgs.FindAsync(admin, "trung uong");
        var userName = $"doimk{Guid.NewGuid():N}"[..12];
        await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Đổi Mật Khẩu", password = DanVanFactory.Password, organizationId = central.Id, role = "Officer" });
        var browser = await factory.BrowserAsync(userName);
        var form = await browser.GetStringAsync("/Account/ChangePassword");

        var weak = await browser.PostAsync("/Account/ChangePassword", Form(form, DanVanFactory.Password, "ngan"));
        var strong = await browser.PostAsync("/Account/ChangePassword", Form(form, DanVanFactory.Password, "Mat-Khau-Moi-2026"));

        (await weak.Content.ReadAsStringAsync()).ShouldContain("Mật khẩu phải có ít nhất 10 ký tự.");
        strong.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Mat-Khau-Moi-2026" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_factor_sign_in_needs_the_authenticator_code_once_enabled()
    {
        var admin = await factory.BearerAsync("admin");
        var central = await Orgs.FindAsync(admin, "trung uong");
        var userName = $"totp{Guid.NewGuid():N}"[..12];
        await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Hai Lớp", password = DanVanFactory.Password, organizationId = central.Id, role = "Officer" });
        var browser = await factory.BrowserAsync(userName);
        var page = await browser.GetStringAsync("/Account/TwoFactor");
        var key = System.Text.RegularExpressions.Regex.Match(page, "<code class=\"user-select-all\">([a-z2-7 ]+)</code>").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        var enable = await browser.PostAsync("/Account/TwoFactor?handler=Enable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        }));
        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect, await enable.Content.ReadAsStringAsync());

        var client = factory.CreateClient();
        var withoutCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DanVanFactory.Password });
        var withCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DanVanFactory.Password, twoFactorCode = Totp.Code(key, DateTimeOffset.UtcNow) });
        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.ReadAsync<Problem>()).Detail!.ShouldContain("twoFactorCode");
        withCode.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static FormUrlEncodedContent Form(string page, string current, string next) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    });
}

[Collection("sqlite")]
public sealed class SqliteAccountsTests(SqliteFixture fixture) : AccountsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresAccountsTests(PostgresFixture fixture) : AccountsTests(fixture.Factory);
