using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

/// <summary>What goes over the wire: pages and data compressed, static files fingerprinted and kept by the browser.</summary>
public abstract partial class DeliveryTests(DanVanFactory factory)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_api_answers_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var api = await factory.BearerAsync("nghean.chuyenvien");

        foreach (var (client, url) in new[] { (browser, "/Organizations"), (api, "/api/v1/units?q=vinh") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentEncoding.ShouldBe([encoding], url);
            var packed = await response.Content.ReadAsByteArrayAsync();
            var text = await Unpack(packed, encoding);
            text.Length.ShouldBeGreaterThan(packed.Length * 2, url);
            text.ShouldContain(url.StartsWith("/api", StringComparison.Ordinal) ? "\"items\"" : "Nghệ An", Case.Sensitive, url);
        }
    }

    [Fact]
    public async Task Scripts_and_styles_are_linked_by_content_hash_and_kept_for_a_year()
    {
        var client = factory.CreateClient();
        var page = await (await client.GetAsync("/Units")).Content.ReadAsStringAsync();
        var links = AssetLink().Matches(page).Select(m => m.Groups["url"].Value).ToList();

        links.Count.ShouldBeGreaterThanOrEqualTo(5);
        links.ShouldAllBe(url => url.Contains("?v=", StringComparison.Ordinal));
        foreach (var url in links)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable", url);
        }

        var unversioned = await client.GetAsync(links[0].Split('?')[0]);
        unversioned.Headers.CacheControl!.NoCache.ShouldBeTrue();
        unversioned.Headers.ETag.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_excel_export_is_not_compressed_a_second_time()
    {
        var browser = await factory.BrowserAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Units?handler=Export&q=hoa");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await browser.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        Workbook.Rows(await response.Content.ReadAsByteArrayAsync()).Count.ShouldBeGreaterThan(1);
    }

    private static async Task<string> Unpack(byte[] packed, string encoding)
    {
        using var input = new MemoryStream(packed);
        await using Stream reader = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var text = new StreamReader(reader);
        return await text.ReadToEndAsync();
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>/(?:lib|css|js)/[^\"]+)\"")]
    private static partial Regex AssetLink();
}

[Collection("sqlite")]
public sealed class SqliteDeliveryTests(SqliteFixture fixture) : DeliveryTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresDeliveryTests(PostgresFixture fixture) : DeliveryTests(fixture.Factory);
