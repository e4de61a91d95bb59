using DanVan.Data.Entities;
using DanVan.Web.Auth;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Features.Account;

/// <summary>Bearer tokens for machine clients: POST a user name and password, get an access token.</summary>
internal static class AuthApi
{
    public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Đăng nhập");
        group.MapPost("/token", IssueTokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AuthExtensions.SignInRateLimit)
            .WithSummary("Đăng nhập cho ứng dụng: trả về access_token dùng trong header Authorization: Bearer");
        return group;
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, SignInManager<AppUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["userName"] = ["Vui lòng nhập tên đăng nhập và mật khẩu."] },
                title: "Dữ liệu không hợp lệ");
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Unauthorized("Tài khoản bật xác thực hai lớp: hãy gửi kèm twoFactorCode.");
            }

            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        }

        if (result.Succeeded)
        {
            // The bearer handler has written the token response.
            return TypedResults.Empty;
        }

        return result.IsLockedOut
            ? Unauthorized("Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.")
            : Unauthorized("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Đăng nhập không thành công", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
