using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>Checks an <see cref="OrganizationInput"/>: every field, every message in Vietnamese.</summary>
public sealed class OrganizationRules(AppDbContext db)
{
    private static readonly string[] CommuneTypes = ["xã", "phường", "thị trấn", "đặc khu"];
    private static readonly string[] DistrictTypes = ["huyện", "quận", "thị xã", "thành phố"];

    public sealed record Checked(string Name, int TypeId, OrganizationLevel Level, string? AdminUnitCode, Organization Parent, DateOnly ValidFrom);

    public async Task<(Checked? Value, ValidationErrors Errors)> CheckAsync(OrganizationInput input, int? editingId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Text(nameof(input.Name), "tên tổ chức", input.Name, 300);
        var type = input.TypeId is { } typeId ? await db.OrganizationTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId, cancellationToken) : null;
        if (type is null)
        {
            errors.Add(nameof(input.TypeId), "Vui lòng chọn loại tổ chức.");
        }
        else if (!type.IsActive)
        {
            errors.Add(nameof(input.TypeId), $"Loại tổ chức \"{type.Name}\" đã ngừng sử dụng.");
        }

        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add(nameof(input.Level), "Vui lòng chọn cấp.");
            level = OrganizationLevel.Central;
        }

        if (!DateInput.TryParse(input.ValidFrom, out var validFrom))
        {
            errors.Add(nameof(input.ValidFrom), "Ngày bắt đầu phải có dạng dd/MM/yyyy.");
        }

        var parent = input.ParentId is { } parentId ? await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken) : null;
        if (parent is null)
        {
            errors.Add(nameof(input.ParentId), "Vui lòng chọn tổ chức cấp trên.");
        }
        else
        {
            if (!parent.IsOpen)
            {
                errors.Add(nameof(input.ParentId), $"Tổ chức cấp trên \"{parent.Name}\" đã đóng.");
            }

            if (level < parent.Level)
            {
                errors.Add(nameof(input.Level), $"Cấp của tổ chức không được cao hơn cấp của tổ chức cấp trên ({OrganizationLevelNames.Of(parent.Level)}).");
            }

            if (editingId is { } id && (parent.Id == id || OrganizationPath.Ids(parent.Path).Contains(id)))
            {
                errors.Add(nameof(input.ParentId), "Không thể chọn chính tổ chức này hoặc một tổ chức trực thuộc nó làm cấp trên.");
            }
        }

        var unitCode = string.IsNullOrWhiteSpace(input.AdminUnitCode) ? null : input.AdminUnitCode.Trim();
        if (level == OrganizationLevel.Central)
        {
            if (unitCode is not null)
            {
                errors.Add(nameof(input.AdminUnitCode), "Tổ chức cấp Trung ương không gắn với đơn vị hành chính.");
            }
        }
        else if (unitCode is null)
        {
            errors.Add(nameof(input.AdminUnitCode), "Vui lòng chọn đơn vị hành chính.");
        }
        else if (validFrom is { } day)
        {
            var unit = await db.AdminUnits.AsNoTracking()
                .Where(u => u.Code == unitCode && (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day))
                .FirstOrDefaultAsync(cancellationToken);
            if (unit is null)
            {
                errors.Add(nameof(input.AdminUnitCode), $"Không có đơn vị hành chính mã {unitCode} còn hiệu lực vào ngày {DateInput.Show(day)}.");
            }
            else if (!Fits(level, unit))
            {
                errors.Add(nameof(input.AdminUnitCode), $"{unit.FullName} không phải đơn vị {OrganizationLevelNames.Of(level).ToLowerInvariant()}.");
            }
            else if (parent?.AdminUnitCode is { } parentUnit && level == OrganizationLevel.Commune && parent.Level == OrganizationLevel.Province && unit.Level == 2 && unit.ParentCode != parentUnit)
            {
                errors.Add(nameof(input.AdminUnitCode), $"{unit.FullName} không thuộc tỉnh của tổ chức cấp trên.");
            }
        }

        if (errors.Any || parent is null || type is null || validFrom is null)
        {
            return (null, errors);
        }

        return (new Checked(Domain.Text.VietnameseText.Normalize(input.Name), type.Id, level, unitCode, parent, validFrom.Value), errors);
    }

    private static bool Fits(OrganizationLevel level, AdminUnit unit) => level switch
    {
        OrganizationLevel.Province => unit.Level == 1,
        OrganizationLevel.District => unit.Level == 2 && DistrictTypes.Contains(unit.Type) && unit.ValidTo is not null,
        OrganizationLevel.Commune => CommuneTypes.Contains(unit.Type),
        _ => false,
    };
}
