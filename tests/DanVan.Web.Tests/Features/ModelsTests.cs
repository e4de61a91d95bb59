using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using static DanVan.Web.Tests.Infrastructure.ModelClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// "Dân vận khéo" models through the API and the pages. Each test works on its own communes of
/// Nghệ An (from the 60th on, clear of the demo models and the other features' tests).
/// </summary>
public abstract class ModelsTests(DanVanFactory factory)
{
    private static readonly string Today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_model_is_registered_with_its_results_and_a_photo_whose_thumbnail_is_made_on_the_server()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(60);

        var model = await RegisterAsync(clerk, Model(commune.Id));
        var photo = await UploadAsync(clerk, model.Id, Png(800, 600), "hien-dat.png", caption: "Nhân dân phá dỡ tường rào");
        var document = await UploadAsync(clerk, model.Id, "%PDF-1.4 kế hoạch"u8.ToArray(), "ke-hoach.pdf", "documents");
        var saved = (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{model.Id}", ApiClient.Json))!;
        var thumbnail = await clerk.GetAsync($"/api/v1/models/{model.Id}/photos/{saved.Photos[0].Id}?thumbnail=true");
        var full = await clerk.GetByteArrayAsync($"/api/v1/models/{model.Id}/photos/{saved.Photos[0].Id}");

        (model.Field, model.Level, model.OrganizationName, model.StartedOn, model.Recognition).ShouldBe(("Economy", "Commune", commune.Name, new DateOnly(2024, 3, 15), "None"));
        model.Results.ShouldBe([new ModelResultRow(12.5m, "km", "đường được mở rộng"), new ModelResultRow(1250m, "m²", "đất do dân hiến")]);
        photo.StatusCode.ShouldBe(HttpStatusCode.Created, await photo.Content.ReadAsStringAsync());
        document.StatusCode.ShouldBe(HttpStatusCode.Created, await document.Content.ReadAsStringAsync());
        saved.Photos.ShouldHaveSingleItem().Caption.ShouldBe("Nhân dân phá dỡ tường rào");
        saved.Documents.ShouldHaveSingleItem().FileName.ShouldBe("ke-hoach.pdf");
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        using var small = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        (small.Width, small.Height).ShouldBe((320, 240));
        full.Length.ShouldBe(Png(800, 600).Length);

        var edited = await clerk.PutAsJsonAsync($"/api/v1/models/{model.Id}", Model(commune.Id, "Dân vận khéo trong hiến đất làm đường (sửa)", results: [new { value = "2.000", unit = "m²", label = "đất do dân hiến" }]));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var after = await edited.ReadAsync<ModelDetails>();
        (after.Name, after.Photos.Count, after.Documents.Count).ShouldBe(("Dân vận khéo trong hiến đất làm đường (sửa)", 1, 1));
        after.Results.ShouldBe([new ModelResultRow(2000m, "m²", "đất do dân hiến")]);
    }

    [Fact]
    public async Task A_recognition_holds_through_its_validity_and_a_yearly_one_expires_a_year_after_it_starts()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(61);
        var current = await RegisterAsync(clerk, Model(commune.Id, "Tổ tự quản đường hoa"));
        var lapsed = await RegisterAsync(clerk, Model(commune.Id, "Chi hội nông dân giúp nhau", field: "CultureSociety"));
        var never = await RegisterAsync(clerk, Model(commune.Id, "Câu lạc bộ đảng viên trẻ", field: "PartyBuilding"));

        var recognised = await RecogniseAsync(clerk, current.Id, Recognition(decidedOn: "01/06/2025"));
        var expired = await RecogniseAsync(clerk, lapsed.Id, Recognition("12-QĐ/ĐU", "10/01/2024", yearly: true, level: "Commune"));

        recognised.Recognition.ShouldBe("Recognised");
        recognised.Recognitions.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe("Valid"), r => r.LastDay.ShouldBeNull(), r => r.IssuedBy.ShouldBe("Ban Thường vụ Tỉnh ủy"));
        expired.Recognition.ShouldBe("Expired");
        var decision = expired.Recognitions.ShouldHaveSingleItem();
        (decision.Status, decision.StatusName, decision.LastDay, decision.Level).ShouldBe(("Expired", "Hết hạn", new DateOnly(2025, 1, 9), "Commune"));
        (await ListAsync(clerk, $"organizationId={commune.Id}&recognition=Recognised")).Items.ShouldHaveSingleItem().Id.ShouldBe(current.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&recognition=expired")).Items.ShouldHaveSingleItem().Id.ShouldBe(lapsed.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&recognition=None")).Items.ShouldHaveSingleItem().Id.ShouldBe(never.Id);
        var html = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Models/Details/{lapsed.Id}");
        html.ShouldContain("data-status=\"Expired\">Hết hạn</span>");
        html.ShouldContain("data-recognition=\"Expired\">Công nhận hết hạn</span>");

        var renewed = await RecogniseAsync(clerk, lapsed.Id, Recognition("15-QĐ/ĐU", Today, yearly: true, level: "Commune"));
        renewed.Recognition.ShouldBe("Recognised");
    }

    [Fact]
    public async Task A_model_replicated_in_two_communes_and_again_from_a_replica_shows_its_tree_and_counts()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var (commission, origin) = await CommuneAsync(62);
        var (_, second) = await CommuneAsync(63);
        var (_, third) = await CommuneAsync(64);
        var (_, fourth) = await CommuneAsync(65);
        var model = await RegisterAsync(clerk, Model(origin.Id, "Mô hình gốc để nhân rộng"));

        var a = await ReplicateAsync(clerk, model.Id, second.Id);
        var b = await ReplicateAsync(clerk, model.Id, third.Id);
        var grandchild = await ReplicateAsync(clerk, a.Id, fourth.Id);
        var sameOrganization = await clerk.PostAsJsonAsync($"/api/v1/models/{model.Id}/replicas", new { organizationId = origin.Id, startedOn = "01/09/2025" });
        var tree = (await clerk.GetFromJsonAsync<ModelTree>($"/api/v1/models/{model.Id}/tree", ApiClient.Json))!;
        var fromReplica = (await clerk.GetFromJsonAsync<ModelTree>($"/api/v1/models/{a.Id}/tree", ApiClient.Json))!;
        var origins = await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{model.Id}", ApiClient.Json);
        var deleteOrigin = await clerk.DeleteAsync($"/api/v1/models/{model.Id}");
        var otherProvince = await hue.PostAsJsonAsync($"/api/v1/models/{model.Id}/replicas", new { organizationId = origin.Id, startedOn = "01/09/2025" });

        (a.OriginId, a.RootId, a.Name, a.OrganizationId, a.Field).ShouldBe((model.Id, model.Id, model.Name, second.Id, "Economy"));
        grandchild.RootId.ShouldBe(model.Id);
        (await Errors(sameOrganization)).Keys.ShouldBe(["OrganizationId"]);
        (tree.Total, tree.DirectReplicas, tree.AllReplicas).ShouldBe((4, 2, 3));
        tree.Nodes.Select(n => (n.Id, n.Depth)).ShouldBe([(model.Id, 0), (a.Id, 1), (grandchild.Id, 2), (b.Id, 1)]);
        (fromReplica.RootId, fromReplica.DirectReplicas, fromReplica.AllReplicas).ShouldBe((model.Id, 1, 1));
        origins!.ReplicaCount.ShouldBe(2);
        deleteOrigin.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        otherProvince.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ListAsync(clerk, $"organizationId={commission.Id}&q=mo hinh goc de nhan rong&pageSize=100")).Total.ShouldBe(4);
        var page = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Models/Details/{model.Id}");
        page.ShouldContain("data-testid=\"direct-replicas\">2</strong>");
        page.ShouldContain("data-testid=\"all-replicas\">3</strong>");
    }

    [Fact]
    public async Task The_list_is_searched_without_diacritics_and_filtered_by_field_level_year_and_subtree_with_paging()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, commune) = await CommuneAsync(66);
        var (_, other) = await CommuneAsync(67);
        var road = await RegisterAsync(clerk, Model(commune.Id, "Dân vận khéo – Đường hoa Thủy Xuân", startedOn: "10/02/2023"));
        var security = await RegisterAsync(clerk, Model(commune.Id, "Camera an ninh tự quản", field: "DefenceSecurity", startedOn: "10/02/2024"));
        var party = await RegisterAsync(clerk, Model(other.Id, "Chi bộ bốn tốt", field: "PartyBuilding", startedOn: "10/05/2024"));
        var province = await RegisterAsync(clerk, Model(commission.Id, "Ban Tuyên giáo đồng hành cùng xã khó khăn thủy xuân", field: "PartyBuilding", startedOn: "10/05/2024"));

        (await ListAsync(clerk, $"organizationId={commune.Id}&q=DUONG HOA thuy xuan")).Items.ShouldHaveSingleItem().Id.ShouldBe(road.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&q=thuỷ xuân")).Items.ShouldHaveSingleItem().Id.ShouldBe(road.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&field=DefenceSecurity")).Items.ShouldHaveSingleItem().Id.ShouldBe(security.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&year=2023")).Items.ShouldHaveSingleItem().Id.ShouldBe(road.Id);
        (await ListAsync(clerk, $"organizationId={commission.Id}&field=PartyBuilding&level=Province&pageSize=100")).Items.Select(m => m.Id).ShouldBe([province.Id]);
        var communeLevel = await ListAsync(clerk, $"organizationId={commission.Id}&field=PartyBuilding&level=Commune&year=2024&pageSize=100");
        communeLevel.Items.ShouldContain(m => m.Id == party.Id);
        communeLevel.Items.ShouldNotContain(m => m.Id == province.Id);
        var pageTwo = await ListAsync(clerk, $"organizationId={commune.Id}&pageSize=1&page=2");
        (pageTwo.Total, pageTwo.Items.Single().Id).ShouldBe((2, road.Id));
    }

    [Fact]
    public async Task Statistics_count_models_by_field_level_and_year_and_the_exports_hold_exactly_the_filtered_list()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(68);
        var first = await RegisterAsync(clerk, Model(commune.Id, "Hũ gạo tình thương", field: "CultureSociety", startedOn: "01/02/2024"));
        await RegisterAsync(clerk, Model(commune.Id, "Tuyến phố văn minh", field: "CultureSociety", startedOn: "01/02/2025"));
        await RegisterAsync(clerk, Model(commune.Id, "Vườn mẫu nông thôn mới", field: "Economy", startedOn: "01/03/2025"));
        await RecogniseAsync(clerk, first.Id, Recognition(decidedOn: "01/06/2025"));

        var stats = (await clerk.GetFromJsonAsync<ModelStats>($"/api/v1/models/statistics?organizationId={commune.Id}&fromYear=2023&toYear=2025", ApiClient.Json))!;
        var page = await browser.GetStringAsync($"/Models/Statistics?organizationId={commune.Id}&fromYear=2023&toYear=2025");
        var excel = await browser.GetAsync($"/Models?organizationId={commune.Id}&field=CultureSociety&handler=Export");
        var word = await browser.GetAsync($"/Models?organizationId={commune.Id}&handler=Word");

        stats.Years.ShouldBe([2023, 2024, 2025]);
        var culture = stats.ByField.Single(r => r.Key == "CultureSociety");
        culture.Counts.ShouldBe([0, 1, 1]);
        (culture.Total, culture.Recognised).ShouldBe((2, 1));
        stats.ByField.Single(r => r.Key == "Economy").Counts.ShouldBe([0, 0, 1]);
        stats.ByLevel.Single(r => r.Key == "Commune").Total.ShouldBe(3);
        (stats.All.Total, stats.All.Recognised).ShouldBe((3, 1));
        page.ShouldContain("data-testid=\"stats-field\"");
        page.ShouldContain("<svg");
        System.Text.RegularExpressions.Regex.Replace(page, @">\s+<", "><").ShouldContain("<tr data-row=\"CultureSociety\"><th scope=\"row\" class=\"fw-normal\">Văn hóa – xã hội</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num fw-semibold\">2</td><td class=\"num\">1</td></tr>");
        excel.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Rows(await excel.Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(3);
        rows.Skip(1).Select(r => r[0]).ShouldBe(["Tuyến phố văn minh", "Hũ gạo tình thương"]);
        rows[2][5].ShouldBe("Đã công nhận");
        word.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        text.ShouldContain("DANH SÁCH MÔ HÌNH");
        text.ShouldContain("Hũ gạo tình thương");
        text.ShouldContain("Vườn mẫu nông thôn mới");
        text.ShouldContain("Số 125-QĐ/TU ngày 01/06/2025");
    }

    [Fact]
    public async Task The_public_showcase_shows_only_published_models_recognised_today_to_anyone()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(69);
        var shown = await RegisterAsync(clerk, Model(commune.Id, "Mô hình công khai đã công nhận showcase", published: true));
        var unpublished = await RegisterAsync(clerk, Model(commune.Id, "Mô hình không công khai showcase"));
        var notRecognised = await RegisterAsync(clerk, Model(commune.Id, "Mô hình công khai chưa công nhận showcase", published: true));
        var lapsed = await RegisterAsync(clerk, Model(commune.Id, "Mô hình công khai hết hạn showcase", published: true));
        await RecogniseAsync(clerk, shown.Id, Recognition());
        await RecogniseAsync(clerk, unpublished.Id, Recognition());
        await RecogniseAsync(clerk, lapsed.Id, Recognition(decidedOn: "01/01/2023", yearly: true));
        (await UploadAsync(clerk, shown.Id, Png(), "a.png")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await UploadAsync(clerk, unpublished.Id, Png(), "b.png")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var hiddenPhoto = (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{unpublished.Id}", ApiClient.Json))!.Photos[0].Id;
        var shownPhoto = (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{shown.Id}", ApiClient.Json))!.Photos[0].Id;
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var list = await anonymous.GetStringAsync("/Models/Showcase?q=showcase");
        var one = await anonymous.GetAsync($"/Models/Showcase?id={shown.Id}");
        var hidden = await anonymous.GetAsync($"/Models/Showcase?id={unpublished.Id}");
        var photo = await anonymous.GetAsync($"/Models/Showcase?handler=Photo&modelId={shown.Id}&photoId={shownPhoto}&thumbnail=true");
        var hiddenImage = await anonymous.GetAsync($"/Models/Showcase?handler=Photo&modelId={unpublished.Id}&photoId={hiddenPhoto}");
        var privatePage = await anonymous.GetAsync($"/Models/Details/{shown.Id}");

        list.ShouldContain("Mô hình công khai đã công nhận showcase");
        list.ShouldNotContain("Mô hình không công khai showcase");
        list.ShouldNotContain("Mô hình công khai chưa công nhận showcase");
        list.ShouldNotContain("Mô hình công khai hết hạn showcase");
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await one.Content.ReadAsStringAsync()).ShouldContain("Công nhận theo quyết định số 125-QĐ/TU");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        hiddenImage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        privatePage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        privatePage.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await anonymous.GetAsync($"/api/v1/models/{shown.Id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sibling_province_gets_403_from_the_API_and_no_page_of_anothers_models()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var hueBrowser = await factory.BrowserAsync("hue.chuyenvien");
        var (commission, commune) = await CommuneAsync(70);
        var model = await RegisterAsync(clerk, Model(commune.Id, "Mô hình chỉ Nghệ An được xem"));
        var recognised = await RecogniseAsync(clerk, model.Id, Recognition());
        (await UploadAsync(clerk, model.Id, Png(), "anh.png")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var photoId = (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{model.Id}", ApiClient.Json))!.Photos[0].Id;

        var answers = new[]
        {
            await hue.GetAsync($"/api/v1/models/{model.Id}"),
            await hue.PutAsJsonAsync($"/api/v1/models/{model.Id}", Model(commune.Id)),
            await hue.DeleteAsync($"/api/v1/models/{model.Id}"),
            await hue.PostAsJsonAsync("/api/v1/models", Model(commune.Id, "Mô hình chỉ Nghệ An được xem")),
            await hue.GetAsync($"/api/v1/models?organizationId={commission.Id}"),
            await hue.GetAsync($"/api/v1/models/statistics?organizationId={commission.Id}"),
            await hue.PostAsJsonAsync($"/api/v1/models/{model.Id}/recognitions", Recognition()),
            await hue.DeleteAsync($"/api/v1/models/{model.Id}/recognitions/{recognised.Recognitions[0].Id}"),
            await hue.GetAsync($"/api/v1/models/{model.Id}/tree"),
            await hue.GetAsync($"/api/v1/models/{model.Id}/photos/{photoId}"),
            await UploadAsync(hue, model.Id, Png(), "x.png"),
        };
        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.Content.ReadAsStringAsync()).ShouldNotContain("Nghệ An được xem");
        }

        foreach (var url in new[]
        {
            $"/Models/Details/{model.Id}", $"/Models/Edit/{model.Id}", $"/Models?organizationId={commune.Id}",
            $"/Models/Statistics?organizationId={commission.Id}", $"/Models?organizationId={commune.Id}&handler=Export",
            $"/Models?organizationId={commune.Id}&handler=Word", $"/Models/Details/{model.Id}?handler=Photo&photoId={photoId}",
        })
        {
            var response = await hueBrowser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        (await hue.GetStringAsync("/api/v1/models?pageSize=100")).ShouldNotContain("Nghệ An được xem");
        (await hue.GetAsync("/api/v1/models/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{model.Id}", ApiClient.Json))!.Recognitions.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_gets_every_field_named_in_Vietnamese_and_nothing_is_stored()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(71);
        var model = await RegisterAsync(clerk, Model(commune.Id, "Mô hình để thử dữ liệu sai"));

        var empty = await clerk.PostAsJsonAsync("/api/v1/models", new { });
        var bad = await clerk.PostAsJsonAsync("/api/v1/models", new
        {
            organizationId = commune.Id,
            name = new string('x', 301),
            field = "Kinh tế",
            startedOn = "31/02/2024",
            description = "<script>alert(1)</script>",
            results = new object[] { new { value = "mười", unit = "hộ", label = "thoát nghèo" }, new { value = -3, unit = "", label = "x" } },
        });
        var badRecognition = await clerk.PostAsJsonAsync($"/api/v1/models/{model.Id}/recognitions", new { decisionNumber = "", decidedOn = "hôm qua", level = "3", validFrom = "01/06/2025", validTo = "01/01/2025" });
        var notImage = await UploadAsync(clerk, model.Id, "đây không phải là ảnh"u8.ToArray(), "anh.png");
        var emptyFile = await UploadAsync(clerk, model.Id, [], "anh.jpg");
        var wrongType = await UploadAsync(clerk, model.Id, Png(), "anh.gif");
        var pngAsJpeg = await UploadAsync(clerk, model.Id, Png(), "anh.jpg");
        var unreadable = await clerk.PostAsync("/api/v1/models", new StringContent("{ \"results\": 5 }", System.Text.Encoding.UTF8, "application/json"));
        var badQuery = await clerk.GetAsync("/api/v1/models?organizationId=abc&field=Văn hóa&level=9&year=20x4&recognition=maybe&page=0");
        var badStats = await clerk.GetAsync("/api/v1/models/statistics?fromYear=2026&toYear=2020");

        (await Errors(empty)).Keys.ShouldBe(["Name", "Field", "StartedOn", "Description", "OrganizationId"], ignoreOrder: true);
        var errors = await Errors(bad);
        errors.Keys.ShouldBe(["Name", "Field", "StartedOn", "Results[0].Value", "Results[1].Value", "Results[1].Unit"], ignoreOrder: true);
        errors["Name"].ShouldBe(["Tên mô hình không được dài quá 300 ký tự."]);
        errors["StartedOn"].ShouldBe(["Ngày bắt đầu phải có dạng dd/MM/yyyy."]);
        errors["Results[0].Value"].ShouldBe(["Số liệu của kết quả 1 phải là một số không âm, ví dụ 1.250 hoặc 12,5."]);
        (await Errors(badRecognition)).Keys.ShouldBe(["DecisionNumber", "DecidedOn", "IssuedBy", "Level", "ValidTo"], ignoreOrder: true);
        (await Errors(notImage))["File"].ShouldBe(["Tệp không phải ảnh JPG hoặc PNG đọc được; vui lòng chọn đúng tệp ảnh."]);
        (await Errors(emptyFile))["File"].ShouldBe(["Vui lòng chọn một ảnh có nội dung (tệp đang trống)."]);
        (await Errors(wrongType))["File"].ShouldBe(["Chỉ nhận ảnh JPG hoặc PNG."]);
        (await Errors(pngAsJpeg)).Keys.ShouldBe(["File"]);
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(badQuery)).Keys.ShouldBe(["organizationId", "field", "level", "year", "recognition", "page"], ignoreOrder: true);
        (await Errors(badStats)).Keys.ShouldBe(["fromYear"]);
        var after = (await clerk.GetFromJsonAsync<ModelDetails>($"/api/v1/models/{model.Id}", ApiClient.Json))!;
        (after.Photos.Count, after.Recognitions.Count).ShouldBe((0, 0));
        (await ListAsync(clerk, $"organizationId={commune.Id}")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task The_pages_register_a_model_recognise_it_add_a_photo_and_refuse_a_non_image_in_Vietnamese()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var (_, commune) = await CommuneAsync(72);

        var invalid = await PostFormAsync(browser, "/Models/Edit", Form(commune.Id, results: ("ba", "hộ", "thoát nghèo")));
        var created = await PostFormAsync(browser, "/Models/Edit", Form(commune.Id));
        var detailsUrl = created.Headers.Location!.ToString();
        var details = await browser.GetStringAsync(detailsUrl);
        var recognised = await PostFormAsync(browser, detailsUrl + "?handler=Recognise", new()
        {
            ["Recognition.DecisionNumber"] = "88-QĐ/UBND",
            ["Recognition.DecidedOn"] = "05/05/2025",
            ["Recognition.IssuedBy"] = "Ủy ban nhân dân tỉnh Nghệ An",
            ["Recognition.Level"] = "Province",
        });
        var notImage = await PostFileAsync(browser, detailsUrl, "photo", "anh.jpg", "không phải ảnh"u8.ToArray());
        var photo = await PostFileAsync(browser, detailsUrl, "photo", "anh.png", Png());
        var after = await browser.GetStringAsync(detailsUrl);
        var id = long.Parse(detailsUrl[(detailsUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?entity=ExemplaryModel&organizationId={commune.Id}&pageSize=100", ApiClient.Json);

        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Số liệu của kết quả 1 phải là một số không âm");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.ShouldContain("Đã đăng ký mô hình &quot;Hội viên nông dân giúp nhau làm giàu&quot;.");
        details.ShouldContain("<td class=\"num text-nowrap fw-semibold\">1.250</td><td>triệu đồng</td><td>vốn hỗ trợ</td>");
        details.ShouldContain("data-confirm=\"Xóa mô hình");
        recognised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        notImage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notImage.Content.ReadAsStringAsync()).ShouldContain("Tệp không phải ảnh JPG hoặc PNG đọc được");
        photo.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.ShouldContain("data-status=\"Valid\">Còn hiệu lực</span>");
        after.ShouldContain($"/Models/Details/{id}?handler=Photo&amp;photoId=");
        audit!.Items.ShouldContain(a => a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == "Created");
        (await browser.GetStringAsync($"/Models?organizationId={commune.Id}&q=hoi vien nong dan")).ShouldContain("Hội viên nông dân giúp nhau làm giàu");
    }

    [Fact]
    public async Task The_models_API_is_described_in_the_OpenAPI_document()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/v1/models", "/api/v1/models/{modelId}", "/api/v1/models/{modelId}/recognitions", "/api/v1/models/{modelId}/replicas", "/api/v1/models/{modelId}/tree", "/api/v1/models/{modelId}/photos", "/api/v1/models/statistics" })
        {
            document.ShouldContain($"\"{path}\"", customMessage: path);
        }

        document.ShouldContain("Mô hình Dân vận khéo");
    }

    [Fact]
    public async Task The_export_holds_every_model_the_filters_select_in_the_order_the_list_pages_them()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var (commission, commune) = await CommuneAsync(73);
        // Three start on the same day: the list puts the latest registered first.
        foreach (var (name, startedOn) in new[] { ("Xuất Excel mô hình A", "01/01/2022"), ("Xuất Excel mô hình B", "01/01/2022"), ("Xuất Excel mô hình C", "05/06/2023"), ("Xuất Excel mô hình D", "01/01/2022") })
        {
            await RegisterAsync(clerk, Model(commune.Id, name, startedOn: startedOn));
        }

        var paged = new List<ModelRow>();
        for (var page = 1; ; page++)
        {
            var list = await ListAsync(clerk, $"organizationId={commission.Id}&pageSize=7&page={page}");
            paged.AddRange(list.Items);
            if (list.Items.Count == 0 || paged.Count >= list.Total)
            {
                break;
            }
        }

        var all = Workbook.Rows(await browser.GetByteArrayAsync($"/Models?organizationId={commission.Id}&handler=Export"));
        var filtered = Workbook.Rows(await browser.GetByteArrayAsync($"/Models?organizationId={commission.Id}&q=xuat+excel&handler=Export"));

        paged.Count.ShouldBeGreaterThan(7);
        all.Skip(1).Select(r => $"{r[0]} | {r[2]} | {r[4]}").ShouldBe(paged.Select(m => $"{m.Name} | {m.OrganizationName} | {m.StartedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
        filtered.Skip(1).Select(r => r[0]).ShouldBe(["Xuất Excel mô hình C", "Xuất Excel mô hình D", "Xuất Excel mô hình B", "Xuất Excel mô hình A"]);
    }

    private static Dictionary<string, string> Form(int organizationId, (string Value, string Unit, string Label)? results = null) => new()
    {
        ["Input.OrganizationId"] = organizationId.ToString(CultureInfo.InvariantCulture),
        ["Input.Name"] = "Hội viên nông dân giúp nhau làm giàu",
        ["Input.Field"] = "Economy",
        ["Input.StartedOn"] = "01/04/2024",
        ["Input.Description"] = "Hội viên khá giả hỗ trợ vốn, giống và kỹ thuật cho hội viên nghèo.",
        ["Input.IsPublished"] = "true",
        ["Input.Results[0].Value"] = results?.Value ?? "1.250",
        ["Input.Results[0].Unit"] = results?.Unit ?? "triệu đồng",
        ["Input.Results[0].Label"] = results?.Label ?? "vốn hỗ trợ",
        ["Input.Results[1].Value"] = string.Empty,
    };

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url.Contains("handler=", StringComparison.Ordinal) ? url[..url.IndexOf('?', StringComparison.Ordinal)] : url);
        fields["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient browser, string detailsUrl, string field, string name, byte[] content)
    {
        var page = await browser.GetStringAsync(detailsUrl);
        var form = new MultipartFormDataContent
        {
            { new StringContent(ApiClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, name },
        };
        return await browser.PostAsync(detailsUrl + "?handler=Photo", form);
    }

    private async Task<(Org Commission, Org Commune)> CommuneAsync(int index)
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (ngheAn, (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[index]);
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }
}

[Collection("sqlite")]
public sealed class SqliteModelsTests(SqliteFixture fixture) : ModelsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresModelsTests(PostgresFixture fixture) : ModelsTests(fixture.Factory);
