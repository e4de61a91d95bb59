using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin.Users;

public sealed class IndexModel(UserDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public PagedList<UserSummary> Users { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    /// <summary>The people the search selects, one row per role, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var q = Q?.Length > 200 ? Q[..200] : Q;
        var rows = await directory.StreamRolesAsync(q, cancellationToken);
        return ExcelExport.File("nguoi-dung.xlsx", "Người dùng", ["Tên đăng nhập", "Họ và tên", "Thư điện tử", "Tổ chức", "Vai trò", "Trạng thái", "Xác thực hai lớp"], rows,
            r => [r.UserName, r.FullName, r.Email, r.OrganizationName, r.RoleName, r.LockedOut ? "Đang bị khóa" : "Hoạt động", r.TwoFactorEnabled ? "Có" : "Không"]);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Q?.Length > 200 ? Q[..200] : Q;
        Users = await directory.SearchAsync(q, PageNumber, Paging.DefaultPageSize, cancellationToken);
    }
}
