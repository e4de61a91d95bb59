using DanVan.Domain.Petitions;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Calendar;

/// <summary>The working calendar and the legal time limits are public information: reading them needs no sign-in.</summary>
internal static class CalendarApi
{
    public static IServiceCollection AddCalendarHandlers(this IServiceCollection services) => services
        .AddSingleton<CalendarSource>()
        .AddScoped<CalendarQueries>()
        .AddScoped<OfficialDays>();

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("/calendar").WithTags("Lịch làm việc và thời hạn").AllowAnonymous();
        open.MapGet("/days-off", async (CalendarQueries calendar, string? year, CancellationToken ct) =>
                await calendar.DaysOffAsync(int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null, ct) is var result && result.Status == CommandStatus.Ok ? Results.Ok(result.Value) : result.ToProblem())
            .WithSummary("Các ngày nghỉ trong năm (ngày lễ, Tết theo âm lịch Việt Nam, nghỉ bù, nghỉ hoán đổi), không kể thứ Bảy, Chủ nhật thông thường");
        open.MapGet("/due", async (CalendarQueries calendar, string? start, string? days, string? dayType, CancellationToken ct) =>
                await calendar.DueAsync(start, int.TryParse(days, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null, dayType, ct) is var result && result.Status == CommandStatus.Ok ? Results.Ok(result.Value) : result.ToProblem())
            .WithSummary("Ngày cuối của thời hạn N ngày (calendar) hoặc N ngày làm việc (working) kể từ ngày start, không tính ngày bắt đầu; thời hạn theo ngày kết thúc vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo");
        api.MapGet("/legal-rules", () => TypedResults.Ok(LegalDeadlineRules.Book.Rules))
            .WithTags("Lịch làm việc và thời hạn").AllowAnonymous()
            .WithSummary("Các quy định về thời hạn (khiếu nại, tố cáo, tiếp công dân, xử lý đơn), mỗi phiên bản với căn cứ pháp lý và thời gian hiệu lực");

        var official = api.MapGroup("/calendar/official-days").WithTags("Lịch làm việc và thời hạn");
        official.MapGet("/", async (OfficialDays days, int? year, CancellationToken ct) => TypedResults.Ok(await days.ListAsync(year, ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Các ngày nghỉ thêm và ngày làm việc bù theo thông báo hằng năm của Chính phủ");
        official.MapPost("/", async (OfficialDays days, OfficialDayInput input, CancellationToken ct) =>
                await days.AddAsync(input, ct) is var result && result.Status == CommandStatus.Ok
                    ? Results.Created($"/api/v1/calendar/official-days/{result.Value!.Id}", result.Value)
                    : result.ToProblem())
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Thêm ngày nghỉ hoặc ngày làm việc bù (quản trị viên Trung ương)");
        official.MapDelete("/{id:int}", async (OfficialDays days, int id, CancellationToken ct) =>
                await days.RemoveAsync(id, ct) is var result && result.Status == CommandStatus.Ok ? Results.NoContent() : result.ToProblem())
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Xóa một ngày khỏi lịch (quản trị viên Trung ương)");
        return open;
    }
}
