using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin;

public sealed class AuditModel(AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public string? Error { get; private set; }

    public AuditPage Entries { get; private set; } = new([], 0, false, 1, 50);

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Filter(PageNumber) is not { } filter)
        {
            Error = "Bộ lọc không hợp lệ: ngày có dạng dd/MM/yyyy, mã tổ chức là số.";
            return;
        }

        Entries = await log.SearchAsync(filter, cancellationToken);
    }

    /// <summary>Exactly the entries the filters select, every page, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (Filter(null) is not { } filter)
        {
            return BadRequest();
        }

        var rows = await log.StreamAsync(filter, cancellationToken);
        return ExcelExport.File("nhat-ky-thay-doi.xlsx", "Nhật ký thay đổi",
            ["Thời điểm", "Người thực hiện", "Mã tổ chức", "Dữ liệu", "Mã bản ghi", "Thao tác", "Trước", "Sau"],
            rows,
            e => [e.At, e.UserName, e.OrganizationId, EntityName(e.EntityType), e.EntityId, ActionName(e.Action), Lines(e.Before), Lines(e.After)]);
    }

    private AuditFilter? Filter(int? page)
    {
        var from = DateInput.ParseOrNull(From);
        var to = DateInput.ParseOrNull(To);
        return !ModelState.IsValid || from is null && !string.IsNullOrWhiteSpace(From) || to is null && !string.IsNullOrWhiteSpace(To)
            ? null
            : new AuditFilter(UserFilter, OrganizationId, Entity, from, to, page, 50);
    }

    // One field a line, as the page shows them.
    private static string Lines(string? json) =>
        string.Join("\n", Fields(json).Select(f => f.Name.Length == 0 ? f.Value : $"{f.Name}: {f.Value}"));

    /// <summary>The fields of a before/after JSON object as name and value, for reading rather than parsing.</summary>
    public static IReadOnlyList<(string Name, string Value)> Fields(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                ? [(string.Empty, json)]
                : document.RootElement.EnumerateObject()
                    .Select(p => (p.Name, p.Value.ValueKind switch
                    {
                        System.Text.Json.JsonValueKind.String => p.Value.GetString() ?? string.Empty,
                        System.Text.Json.JsonValueKind.Null => "—",
                        _ => p.Value.GetRawText(),
                    }))
                    .ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return [(string.Empty, json)];
        }
    }

    public static string EntityName(string entity) => entity switch
    {
        "Organization" => "Tổ chức",
        "OrganizationType" => "Loại tổ chức",
        "RoleAssignment" => "Vai trò",
        "AppUser" => "Người dùng",
        "ReceptionSession" => "Buổi tiếp công dân",
        "Dialogue" => "Đối thoại trực tiếp",
        _ => entity,
    };

    public static string ActionName(string action) => action switch
    {
        "Created" => "Tạo mới",
        "Updated" => "Sửa",
        "Deleted" => "Xóa",
        "Merged" => "Hợp nhất",
        "DemoSeeded" => "Tạo dữ liệu mẫu",
        "ScaleSeeded" => "Tạo dữ liệu quy mô",
        _ => action,
    };
}
