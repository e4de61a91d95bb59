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

    public PagedList<AuditRow> Entries { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = DateInput.ParseOrNull(From);
        var to = DateInput.ParseOrNull(To);
        if (!ModelState.IsValid || from is null && !string.IsNullOrWhiteSpace(From) || to is null && !string.IsNullOrWhiteSpace(To))
        {
            Error = "Bộ lọc không hợp lệ: ngày có dạng dd/MM/yyyy, mã tổ chức là số.";
            return;
        }

        Entries = await log.SearchAsync(new AuditFilter(UserFilter, OrganizationId, Entity, from, to, PageNumber, 50), cancellationToken);
    }

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
