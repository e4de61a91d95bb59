using System.Text.Json;

namespace DanVan.Web.Tests.Infrastructure;

// What the API returns, as a client reads it.
public sealed record Paged<T>(List<T> Items, int Total, int PageSize);

public sealed record Unit(string Code, string Name, string Type, int Level, string? ParentCode, string FullName);

public sealed record Org(int Id, string Name, int TypeId, string TypeName, string Level, string? AdminUnitCode, int? ParentId, string? ParentName, string? ValidTo, int? MergedIntoId, string? Path);

public sealed record Problem(string Title, string? Detail, int Status, Dictionary<string, string[]>? Errors);

public sealed record AuditRow(long Id, string UserName, int? OrganizationId, string EntityType, string EntityId, string Action, string? Before, string? After);

public sealed record UserInfo(string Id, string UserName, string FullName, List<UserRoleInfo> Roles);

public sealed record UserRoleInfo(int Id, int OrganizationId, string OrganizationName, string Role);

public static class JsonShapes
{
    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
