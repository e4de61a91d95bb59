using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

/// <summary>Steps every browser journey takes: signing in, screenshots, and the accessibility check of a page.</summary>
internal static class Journey
{
    // Visible inputs, selects and text areas that no label, aria-label or aria-labelledby names.
    public const string UnlabelledControls = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(e => e.offsetParent !== null)
            .filter(e => !(e.id && document.querySelector(`label[for="${e.id}"]`)) && !e.closest('label')
                && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
            .map(e => e.name || e.id || e.outerHTML.slice(0, 60))
        """;

    // The outermost elements that stick out past the right edge of the screen, to say what overflows.
    public const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1)
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' in ' + (e.parentElement ? e.parentElement.tagName.toLowerCase() + '.' + e.parentElement.className + ' overflow-x:' + getComputedStyle(e.parentElement).overflowX : 'nothing'))
        """;

    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DanVanFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).Last.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>
    /// Opens each page, saves a screenshot named after it and the screen, and checks that it
    /// answers 200, fits the screen's width, labels every visible field and has one h1.
    /// </summary>
    public static async Task CheckPagesFitAsync(IPage page, IReadOnlyDictionary<string, string> pages, bool phone)
    {
        foreach (var (name, url) in pages)
        {
            var response = await page.GotoAsync(url);
            response!.Status.ShouldBe(200, url);
            await ShotAsync(page, $"{name}-{(phone ? "phone" : "desktop")}");
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var viewport = phone ? 390 : 1366;
            width.ShouldBeLessThanOrEqualTo(viewport, $"{url} overflows the {viewport}px screen: {string.Join(", ", await page.EvaluateAsync<string[]>(Overflowing))}");
            (await page.EvaluateAsync<string[]>(UnlabelledControls)).ShouldBeEmpty($"{url} has form controls without a label");
            (await page.Locator("h1").CountAsync()).ShouldBe(1, url);
        }
    }

    public static Task<byte[]> ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = false });
}
