using System.Security.Claims;
using DanVan.Data.Auditing;

namespace DanVan.Web.Auth;

/// <summary>The signed-in person, for the audit trail; "hệ thống" outside a request.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => http.HttpContext?.User.Identity?.Name ?? "hệ thống";
}
