using System.Globalization;
using System.Text.Json;
using DanVan.Data;
using DanVan.Domain.Reception;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>A record's audit trail as people read it: who changed which field from what to what.</summary>
public sealed class ChangeHistory(AppDbContext db)
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["OrganizationId"] = "Mã tổ chức",
        ["HeldOn"] = "Ngày",
        ["Place"] = "Địa điểm",
        ["ReceiverName"] = "Người tiếp",
        ["ReceiverPosition"] = "Chức vụ",
        ["HeadInPerson"] = "Người đứng đầu trực tiếp tiếp",
        ["IsOnline"] = "Tiếp trực tuyến",
        ["IsAdHoc"] = "Tiếp đột xuất",
        ["AdHocReason"] = "Lý do tiếp đột xuất",
        ["CitizenCount"] = "Số lượt công dân",
        ["Matters"] = "Nội dung phản ánh, kiến nghị",
        ["Outcomes"] = "Kết quả",
        ["Topic"] = "Chủ đề",
        ["HostName"] = "Người chủ trì",
        ["HostPosition"] = "Chức vụ người chủ trì",
        ["ParticipantCount"] = "Số người tham dự",
        ["Participants"] = "Thành phần",
        ["Issues"] = "Vấn đề người dân nêu",
        ["Answers"] = "Nội dung trả lời",
        ["FollowUps"] = "Việc cần làm tiếp",
    };

    public async Task<IReadOnlyList<ChangeDto>> OfAsync(string entityType, long id, CancellationToken cancellationToken)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.UserName, a.Action, a.Before, a.After })
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => new ChangeDto(e.At, e.UserName, e.Action, ActionName(e.Action), Fields(e.Before, e.After)))];
    }

    private static string ActionName(string action) => action switch
    {
        "Created" => "Tạo mới",
        "Updated" => "Sửa",
        "Deleted" => "Xóa",
        _ => action,
    };

    private static List<ChangedField> Fields(string? before, string? after)
    {
        var old = Read(before);
        var now = Read(after);
        return [.. old.Keys.Union(now.Keys)
            .Where(Labels.ContainsKey)
            .Select(k => new ChangedField(Labels[k], old.GetValueOrDefault(k), now.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? []
                : document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Show(p.Name, p.Value));
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Show(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => "Có",
        JsonValueKind.False => "Không",
        JsonValueKind.Number when name is "ReceiverPosition" or "HostPosition" && value.TryGetInt32(out var position) => HeadPositionNames.Of((HeadPosition)position),
        JsonValueKind.String when name == "HeldOn" && DateOnly.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
