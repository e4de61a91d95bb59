using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.Reporting;

namespace DanVan.Web.Tests.Features;

public abstract class ReportFormsTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_form_with_bad_rows_is_refused_naming_every_field_in_Vietnamese_and_nothing_is_created()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(central, ngheAn.Id))[0];
        var before = await AllFormsAsync(central);
        var code = NewCode("SAI");

        var response = await central.PostAsJsonAsync("/api/v1/report-forms", new
        {
            code,
            name = "  ",
            periodType = Quarter,
            ownerOrganizationId = commune.Id,
            deadlineDays = 10,
            submitterLevels = new[] { CommuneLevel },
            indicators = new[] { Indicator("A"), Indicator("a"), Indicator("B") },
            rules = new[]
            {
                Rule("A", "<=", "ZZZ", Error, "A không vượt quá ZZZ."),
                Rule("A *", "<=", "B", Error, "Biểu thức sai."),
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadAsync<Problem>();
        problem.Title.ShouldBe("Dữ liệu không hợp lệ");
        var errors = problem.Errors.ShouldNotBeNull();
        errors.Keys.ShouldBe(["Name", "OwnerOrganizationId", "Indicators[1].Code", "Rules[0].Right", "Rules[1].Left"], ignoreOrder: true);
        errors["Name"].ShouldHaveSingleItem().ShouldBe("Vui lòng nhập tên biểu mẫu.");
        errors["OwnerOrganizationId"].ShouldHaveSingleItem().ShouldBe("Chỉ cơ quan cấp Trung ương hoặc cấp tỉnh ban hành biểu mẫu báo cáo.");
        errors["Indicators[1].Code"].ShouldHaveSingleItem().ShouldBe("Dòng 2: mã chỉ tiêu \"A\" bị trùng.");
        errors["Rules[0].Right"].ShouldHaveSingleItem().ShouldBe("Quy tắc 1: không có chỉ tiêu mã \"ZZZ\".");
        errors["Rules[1].Left"].ShouldHaveSingleItem().ShouldBe("Quy tắc 2: Biểu thức \"A *\" chỉ được gồm mã chỉ tiêu, số và dấu + hoặc -.");
        (await AllFormsAsync(central)).Count.ShouldBe(before.Count);
        (await AllFormsAsync(central)).ShouldNotContain(f => f.Code == code);
    }

    [Fact]
    public async Task Over_long_text_a_repeated_code_and_an_owner_outside_the_scope_are_refused()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var hueOfficer = await factory.BearerAsync("hue.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var taken = await CreateAsync(central, Form(NewCode("DAI"), ngheAn.Id, 10, [Indicator("A")]));
        var before = await AllFormsAsync(central);

        var tooLong = await central.PostAsJsonAsync("/api/v1/report-forms", new
        {
            code = NewCode("DAI"),
            name = new string('N', 301),
            description = new string('m', 2001),
            periodType = Quarter,
            ownerOrganizationId = ngheAn.Id,
            deadlineDays = 10,
            submitterLevels = new[] { CommuneLevel },
            indicators = new[] { new { code = "A", name = new string('c', 401), aggregation = Sum } },
            rules = new[] { Rule(string.Join(" + ", Enumerable.Repeat("A", 100)), "<=", "A", Error, new string('t', 501)) },
        });
        var repeated = await central.PostAsJsonAsync("/api/v1/report-forms", Form(taken.Code.ToLowerInvariant(), ngheAn.Id, 10, [Indicator("A")]));
        var outside = await hueOfficer.PostAsJsonAsync("/api/v1/report-forms", Form(NewCode("NGOAI"), ngheAn.Id, 10, [Indicator("A")]));

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await tooLong.ReadAsync<Problem>()).Errors.ShouldNotBeNull();
        errors["Name"].ShouldHaveSingleItem().ShouldBe("Tên biểu mẫu không được dài quá 300 ký tự.");
        errors["Description"].ShouldHaveSingleItem().ShouldBe("Mô tả không được dài quá 2000 ký tự.");
        errors["Indicators[0].Name"].ShouldHaveSingleItem().ShouldBe("Tên chỉ tiêu (dòng 1) không được dài quá 400 ký tự.");
        errors["Rules[0].Left"].ShouldHaveSingleItem().ShouldBe("Quy tắc 1: biểu thức quá dài.");
        errors["Rules[0].Message"].ShouldHaveSingleItem().ShouldBe("Thông báo của quy tắc 1 không được dài quá 500 ký tự.");
        repeated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await repeated.ReadAsync<Problem>()).Errors!["Code"].ShouldHaveSingleItem().ShouldStartWith($"Đã có biểu mẫu mã \"{taken.Code}\"");
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.ReadAsync<Problem>()).Errors!["OwnerOrganizationId"].ShouldHaveSingleItem().ShouldBe("Đơn vị ban hành nằm ngoài phạm vi của bạn.");
        (await AllFormsAsync(central)).Count.ShouldBe(before.Count);
    }

    [Theory]
    [InlineData("submitterLevels", "null", "SubmitterLevels")]
    [InlineData("indicators", "null", "Indicators")]
    [InlineData("indicators", "[null]", "Indicators[0].Code")]
    [InlineData("sections", "[null]", "Sections[0].Code")]
    [InlineData("rules", "[null]", "Rules[0].Left")]
    public async Task A_list_or_row_sent_as_null_is_a_400_problem_never_a_500(string field, string json, string errorKey)
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var body = new Dictionary<string, object?>
        {
            ["code"] = NewCode("NULL"),
            ["name"] = "Biểu mẫu có danh sách rỗng",
            ["periodType"] = Quarter,
            ["ownerOrganizationId"] = ngheAn.Id,
            ["deadlineDays"] = 10,
            ["submitterLevels"] = new[] { CommuneLevel },
            ["indicators"] = new[] { Indicator("A") },
            [field] = JsonShapes.Parse(json),
        };

        var response = await central.PostAsJsonAsync("/api/v1/report-forms", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadAsync<Problem>()).Errors.ShouldNotBeNull().Keys.ShouldContain(errorKey);
    }

    [Fact]
    public async Task A_published_form_is_never_edited_and_a_new_version_replaces_it_while_earlier_reports_keep_theirs()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(officer, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await CommuneCommitteesAsync(officer, commission.Id);
        var code = NewCode("PB");
        object[] rules = [Rule("B", "<=", "A", Error, "B không vượt quá A.")];
        var draft = await CreateAsync(officer, Form(code, commission.Id, 365, [Indicator("A")]));
        var renamed = await officer.PutAsJsonAsync($"/api/v1/report-forms/{draft.Id}", Form(code, commission.Id, 365, [Indicator("A"), Indicator("B")], rules: rules, name: "Tên đã sửa khi soạn thảo"));
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var rewritten = await renamed.ReadAsync<FormDetails>();
        (rewritten.Name, rewritten.Indicators.Count, rewritten.Rules.Count, rewritten.Version).ShouldBe(("Tên đã sửa khi soạn thảo", 2, 1, 1));
        var first = await PublishAsync(officer, draft.Id);
        var period = QuartersAgo(1);
        var early = await OpenedAsync(officer, code, communes[0].Id, period, new Dictionary<string, double?> { ["A"] = 4 });

        var edit = await officer.PutAsJsonAsync($"/api/v1/report-forms/{first.Id}", Form(code, commission.Id, 365, [Indicator("A")], name: "Sửa sau khi ban hành"));
        var republish = await officer.PostAsync($"/api/v1/report-forms/{first.Id}/publish", null);
        var versionResponse = await officer.PostAsync($"/api/v1/report-forms/{first.Id}/versions", null);
        var secondDraft = await officer.PostAsync($"/api/v1/report-forms/{first.Id}/versions", null);

        first.Status.ShouldBe("Published");
        first.Version.ShouldBe(1);
        edit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await edit.ReadAsync<Problem>()).Detail.ShouldBe("Biểu mẫu đã ban hành thì không sửa được; hãy tạo phiên bản mới để thay đổi.");
        republish.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await officer.GetFromJsonAsync<FormDetails>($"/api/v1/report-forms/{first.Id}", ApiClient.Json))!.Name.ShouldBe("Tên đã sửa khi soạn thảo");
        versionResponse.StatusCode.ShouldBe(HttpStatusCode.Created, await versionResponse.Content.ReadAsStringAsync());
        var second = await versionResponse.ReadAsync<FormDetails>();
        second.Code.ShouldBe(code);
        second.Version.ShouldBe(2);
        second.Status.ShouldBe("Draft");
        second.CanEdit.ShouldBeTrue();
        second.Indicators.Select(i => i.Code).ShouldBe(["A", "B"]);
        second.Rules.ShouldHaveSingleItem().ShouldBe(new FormRule("B", "<=", "A", "Error", "B không vượt quá A."));
        secondDraft.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var changed = await officer.PutAsJsonAsync($"/api/v1/report-forms/{second.Id}", Form(code, commission.Id, 365, [Indicator("A"), Indicator("B"), Indicator("C")]));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await PublishAsync(officer, second.Id)).Status.ShouldBe("Published");

        (await officer.GetFromJsonAsync<FormDetails>($"/api/v1/report-forms/{first.Id}", ApiClient.Json))!.Status.ShouldBe("Retired");
        var current = (await officer.GetFromJsonAsync<List<FormSummary>>("/api/v1/report-forms", ApiClient.Json))!.Where(f => f.Code == code).ToList();
        current.ShouldHaveSingleItem().Version.ShouldBe(2);
        (await AllFormsAsync(officer)).Where(f => f.Code == code).Select(f => f.Status).ShouldBe(["Published", "Retired"], ignoreOrder: true);
        var kept = await GetAsync(officer, early.Id);
        kept.FormId.ShouldBe(first.Id);
        kept.FormVersion.ShouldBe(1);
        kept.Indicators.Select(i => i.Code).ShouldBe(["A", "B"]);
        kept.Value("A").ShouldBe(4);
        (await OpenedAsync(officer, code, communes[0].Id, period)).Id.ShouldBe(early.Id);
        var later = await OpenedAsync(officer, code, communes[1].Id, period);
        later.FormVersion.ShouldBe(2);
        later.Indicators.Select(i => i.Code).ShouldBe(["A", "B", "C"]);
    }

    private static async Task<List<FormSummary>> AllFormsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<FormSummary>>("/api/v1/report-forms?includeRetired=true", ApiClient.Json))!;
}

[Collection("sqlite")]
public sealed class SqliteReportFormsTests(SqliteFixture fixture) : ReportFormsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresReportFormsTests(PostgresFixture fixture) : ReportFormsTests(fixture.Factory);
