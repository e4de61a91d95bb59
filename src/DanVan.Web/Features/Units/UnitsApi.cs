using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features.Units;

/// <summary>Administrative units are public information: no sign-in needed.</summary>
internal static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/units").WithTags("Đơn vị hành chính").AllowAnonymous();
        group.MapGet("/", SearchAsync).WithSummary("Tìm đơn vị hành chính theo tên (không cần dấu), cấp, đơn vị cha và ngày");
        group.MapGet("/{code}", GetAsync).WithSummary("Một đơn vị: các phiên bản, đơn vị cha, đơn vị con, đơn vị trước và sau sắp xếp 2025");
        return group;
    }

    private static async Task<Results<Ok<PagedList<UnitSummary>>, ValidationProblem>> SearchAsync(
        UnitSearch search, string? q, int? level, string? parentCode, string? on, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        if (level is < 1 or > 3)
        {
            errors.Add("level", "Cấp phải là 1 (tỉnh), 2 (xã từ 2025; huyện trước 2025) hoặc 3 (xã trước 2025).");
        }

        var day = DateInput.TryParse(on, out var parsed) ? parsed : null;
        if (!string.IsNullOrWhiteSpace(on) && day is null)
        {
            errors.Add("on", "Ngày phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Dữ liệu không hợp lệ");
        }

        return TypedResults.Ok(await search.SearchAsync(new UnitQuery(q, level, parentCode, day, page, pageSize), cancellationToken));
    }

    private static async Task<Results<Ok<UnitDetails>, ProblemHttpResult>> GetAsync(UnitSearch search, string code, CancellationToken cancellationToken)
    {
        var details = await search.GetAsync(code.Trim(), on: null, cancellationToken);
        return details is null
            ? ResultExtensions.NotFoundProblem($"Không có đơn vị hành chính mã {code}.")
            : TypedResults.Ok(details);
    }
}
