using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Home;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Đã có lỗi";

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy trang", "Địa chỉ không đúng, hoặc dữ liệu không nằm trong phạm vi của bạn."),
            403 => ("Không có quyền", "Bạn không có quyền xem hoặc thay đổi dữ liệu này."),
            400 => ("Yêu cầu không hợp lệ", "Dữ liệu gửi lên không đúng. Hãy tải lại trang và thử lại."),
            429 => ("Quá nhiều yêu cầu", "Vui lòng đợi một phút rồi thử lại."),
            _ => ("Đã có lỗi", "Đã có lỗi ngoài dự kiến. Vui lòng thử lại sau hoặc báo quản trị hệ thống."),
        };
    }
}
