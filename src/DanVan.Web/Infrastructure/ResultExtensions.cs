using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Infrastructure;

internal static class ResultExtensions
{
    /// <summary>Maps a failed command to its HTTP answer: 400 with every field, 403 or 404.</summary>
    public static IResult ToProblem<T>(this CommandResult<T> result) => result.Status switch
    {
        CommandStatus.Invalid => TypedResults.ValidationProblem(result.Errors, title: "Dữ liệu không hợp lệ", detail: "Vui lòng sửa các trường được nêu."),
        CommandStatus.Forbidden => TypedResults.Problem(title: "Không có quyền", detail: "Bạn không có quyền thực hiện thao tác này với tổ chức đã chọn.", statusCode: StatusCodes.Status403Forbidden),
        CommandStatus.NotFound => TypedResults.Problem(title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu được yêu cầu.", statusCode: StatusCodes.Status404NotFound),
        CommandStatus.Conflict => TypedResults.Problem(title: "Không thực hiện được", detail: result.Message, statusCode: StatusCodes.Status409Conflict),
        _ => throw new InvalidOperationException("A successful result has no problem."),
    };

    public static ProblemHttpResult NotFoundProblem(string detail) =>
        TypedResults.Problem(title: "Không tìm thấy", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
