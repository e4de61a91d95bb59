using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Infrastructure;

/// <summary>Gives every ProblemDetails a Vietnamese title and turns unreadable requests into 400s.</summary>
internal static class ProblemDetailsVietnamese
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var exception = context.Exception ?? context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException)
        {
            problem.Title = "Yêu cầu không hợp lệ";
            problem.Detail = "Không đọc được dữ liệu gửi lên: kiểm tra định dạng JSON và kiểu của từng trường.";
            return;
        }

        if (problem.Title is null || IsEnglishDefault(problem.Title))
        {
            problem.Title = status switch
            {
                400 => "Yêu cầu không hợp lệ",
                401 => "Chưa đăng nhập",
                403 => "Không có quyền",
                404 => "Không tìm thấy",
                405 => "Phương thức không được hỗ trợ",
                409 => "Xung đột dữ liệu",
                413 => "Dữ liệu quá lớn",
                415 => "Kiểu dữ liệu không được hỗ trợ",
                429 => "Quá nhiều yêu cầu",
                >= 500 => "Lỗi hệ thống",
                _ => "Lỗi",
            };
            problem.Detail ??= status switch
            {
                >= 500 => "Đã có lỗi ngoài dự kiến. Vui lòng thử lại sau hoặc báo quản trị hệ thống.",
                400 => "Không đọc được dữ liệu gửi lên: kiểm tra định dạng JSON, kiểu và giá trị của từng trường.",
                401 => "Vui lòng đăng nhập.",
                403 => "Bạn không có quyền truy cập dữ liệu này.",
                404 => "Không tìm thấy dữ liệu được yêu cầu.",
                _ => null,
            };
        }

        problem.Type = null;
        problem.Extensions.Remove("exception");
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    private static bool IsEnglishDefault(string title) =>
        title.StartsWith("One or more validation", StringComparison.Ordinal) || title.All(c => c < 128);
}

/// <summary>Unreadable bodies and bad parameters are the caller's mistake: 400, not 500.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode },
        });
    }
}
