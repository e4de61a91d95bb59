using System.Globalization;
using DanVan.Data.Entities;
using DanVan.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Loads administrative units and the old→new crosswalk from the official CSV files shipped in
/// this assembly, and imports later change lists without rewriting history: a changed unit's
/// current version is closed the day before the change and a new version starts on its date.
/// </summary>
public sealed class AdminUnitImporter(AppDbContext db)
{
    public static readonly DateOnly TwoTierStart = new(2025, 7, 1);

    /// <summary>Seeds the pre-2025 list, the 2025 list, the crosswalk and the later changes.</summary>
    public async Task<int> SeedAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var count = 0;
        progress?.Report("Đơn vị hành chính trước 01/07/2025");
        using (var reader = OpenEmbedded("units-pre2025.csv"))
        {
            count += await AddUnitsAsync(ReadUnits(reader), validFrom: null, validTo: TwoTierStart.AddDays(-1), "Danh mục ĐVHC 01/03/2025", cancellationToken);
        }

        progress?.Report("Đơn vị hành chính từ 01/07/2025");
        using (var reader = OpenEmbedded("units-2025.csv"))
        {
            count += await AddUnitsAsync(ReadUnits(reader), TwoTierStart, validTo: null, "19/2025/QĐ-TTg", cancellationToken);
        }

        progress?.Report("Bảng chuyển đổi cũ → mới");
        var successions = new List<UnitSuccession>();
        using (var reader = OpenEmbedded("mapping-2025.csv"))
        {
            successions.AddRange(ReadCommuneCrosswalk(reader));
        }

        using (var reader = OpenEmbedded("mapping-provinces-2025.csv"))
        {
            successions.AddRange(ReadProvinceCrosswalk(reader));
        }

        await BulkInsert.InsertAsync(db, successions, cancellationToken);

        progress?.Report("Thay đổi sau 01/07/2025");
        using (var reader = OpenEmbedded("changes-after-2025-07-01.csv"))
        {
            await ImportAsync(reader, validFrom: null, cancellationToken);
        }

        return count;
    }

    /// <summary>
    /// Imports a CSV file: either a unit list (code,name,type,parent_code,level,full_name), whose
    /// new or changed units take effect on <paramref name="validFrom"/>, or a change list
    /// (code,level,field,…,value_after,legal_basis_per_source,effective_per_source).
    /// </summary>
    /// <returns>How many unit versions were added.</returns>
    public async Task<UnitImportResult> ImportAsync(TextReader reader, DateOnly? validFrom, CancellationToken cancellationToken)
    {
        var csv = CsvTable.Read(reader);
        if (csv.Header.Count == 0)
        {
            throw new UnitImportException("Tệp trống: không có dòng tiêu đề.");
        }

        if (csv.Has("field") && csv.Has("value_after"))
        {
            return await ApplyChangesAsync(csv, cancellationToken);
        }

        if (csv.Has("code") && csv.Has("name") && csv.Has("type"))
        {
            if (validFrom is null)
            {
                throw new UnitImportException("Danh sách đơn vị cần ngày hiệu lực (--valid-from).");
            }

            return await UpsertUnitsAsync(ReadUnitRows(csv).ToList(), validFrom.Value, cancellationToken);
        }

        throw new UnitImportException("Không nhận ra định dạng tệp: cần các cột code,name,type,parent_code,level,full_name hoặc code,level,field,value_after,effective_per_source.");
    }

    private async Task<UnitImportResult> UpsertUnitsAsync(List<UnitRow> rows, DateOnly validFrom, CancellationToken cancellationToken)
    {
        var codes = rows.Select(r => r.Code).ToHashSet();
        var current = await db.AdminUnits
            .Where(u => u.ValidTo == null && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, cancellationToken);
        int added = 0, closed = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (current.TryGetValue(row.Code, out var existing))
            {
                if (existing.Name == row.Name && existing.Type == row.Type && existing.ParentCode == row.ParentCode && existing.Level == row.Level)
                {
                    unchanged++;
                    continue;
                }

                if (existing.ValidFrom >= validFrom)
                {
                    throw new UnitImportException($"Đơn vị {row.Code} đã có phiên bản từ {existing.ValidFrom:dd/MM/yyyy}; ngày hiệu lực phải sau ngày đó.");
                }

                existing.ValidTo = validFrom.AddDays(-1);
                closed++;
            }

            db.AdminUnits.Add(row.ToUnit(validFrom, validTo: null, legalBasis: null));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UnitImportResult(added, closed, unchanged);
    }

    private async Task<UnitImportResult> ApplyChangesAsync(CsvTable csv, CancellationToken cancellationToken)
    {
        int added = 0, closed = 0, unchanged = 0;
        foreach (var (line, row) in csv.Rows)
        {
            var code = csv.Get(row, "code").Trim();
            var field = csv.Get(row, "field").Trim();
            var value = VietnameseText.Normalize(csv.Get(row, "value_after"));
            var legalBasis = csv.Get(row, "legal_basis_per_source");
            var effectiveText = csv.Get(row, "effective_per_source");
            if (!DateOnly.TryParseExact(effectiveText, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            {
                throw new UnitImportException($"Dòng {line}: ngày hiệu lực \"{effectiveText}\" không đúng dạng dd/MM/yyyy.");
            }

            var existing = await db.AdminUnits
                .Where(u => u.Code == code && (u.ValidFrom == null || u.ValidFrom <= effective) && (u.ValidTo == null || u.ValidTo >= effective))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new UnitImportException($"Dòng {line}: không có đơn vị mã {code} còn hiệu lực ngày {effective:dd/MM/yyyy}.");

            var next = Copy(existing, effective, legalBasis);
            switch (field)
            {
                case "type":
                    next.Type = value;
                    next.FullName = UnitRow.FullNameOf(value, next.Name);
                    break;
                case "name":
                    next.Name = value;
                    next.FullName = UnitRow.FullNameOf(next.Type, value);
                    break;
                case "parent_code":
                    next.ParentCode = value;
                    break;
                default:
                    throw new UnitImportException($"Dòng {line}: không hỗ trợ thay đổi trường \"{field}\".");
            }

            if (next.Type == existing.Type && next.Name == existing.Name && next.ParentCode == existing.ParentCode)
            {
                unchanged++;
                continue;
            }

            existing.ValidTo = effective.AddDays(-1);
            db.AdminUnits.Add(next);
            await db.SaveChangesAsync(cancellationToken);
            added++;
            closed++;
        }

        return new UnitImportResult(added, closed, unchanged);
    }

    private static AdminUnit Copy(AdminUnit unit, DateOnly validFrom, string? legalBasis) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        Type = unit.Type,
        Level = unit.Level,
        ParentCode = unit.ParentCode,
        FullName = unit.FullName,
        ValidFrom = validFrom,
        LegalBasis = legalBasis,
    };

    private async Task<int> AddUnitsAsync(IEnumerable<UnitRow> rows, DateOnly? validFrom, DateOnly? validTo, string legalBasis, CancellationToken cancellationToken)
    {
        var units = rows.Select(r => r.ToUnit(validFrom, validTo, legalBasis)).ToList();
        return await BulkInsert.InsertAsync(db, units, cancellationToken);
    }

    private static List<UnitRow> ReadUnits(TextReader reader) => ReadUnitRows(CsvTable.Read(reader)).ToList();

    private static IEnumerable<UnitRow> ReadUnitRows(CsvTable csv)
    {
        foreach (var (line, row) in csv.Rows)
        {
            var code = csv.Get(row, "code").Trim();
            if (code.Length is 0 or > 10 || !code.All(char.IsAsciiDigit))
            {
                throw new UnitImportException($"Dòng {line}: mã đơn vị \"{code}\" không hợp lệ (chỉ gồm chữ số, tối đa 10).");
            }

            if (!int.TryParse(csv.Get(row, "level"), CultureInfo.InvariantCulture, out var level) || level is < 1 or > 3)
            {
                throw new UnitImportException($"Dòng {line}: cấp \"{csv.Get(row, "level")}\" không hợp lệ (1, 2 hoặc 3).");
            }

            var name = VietnameseText.Normalize(csv.Get(row, "name"));
            var type = VietnameseText.Normalize(csv.Get(row, "type"));
            if (name.Length is 0 or > 200 || type.Length is 0 or > 30)
            {
                throw new UnitImportException($"Dòng {line}: thiếu tên hoặc loại đơn vị.");
            }

            var parent = csv.Get(row, "parent_code").Trim();
            var fullName = VietnameseText.Normalize(csv.Get(row, "full_name"));
            yield return new UnitRow(code, name, type, string.IsNullOrEmpty(parent) ? null : parent, level,
                fullName.Length > 0 ? fullName : UnitRow.FullNameOf(type, name));
        }
    }

    private static IEnumerable<UnitSuccession> ReadCommuneCrosswalk(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        foreach (var (_, row) in csv.Rows)
        {
            var oldCode = csv.Get(row, "old_code");
            if (string.IsNullOrWhiteSpace(oldCode))
            {
                continue; // island districts and alluvial land with no old commune
            }

            yield return new UnitSuccession
            {
                OldCode = oldCode,
                NewCode = csv.Get(row, "new_code"),
                Coverage = csv.Get(row, "coverage"),
                Note = csv.Get(row, "note_official"),
                EffectiveOn = TwoTierStart,
            };
        }
    }

    private static IEnumerable<UnitSuccession> ReadProvinceCrosswalk(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        foreach (var (_, row) in csv.Rows)
        {
            var oldCode = csv.Get(row, "old_province_code");
            var newCode = csv.Get(row, "new_province_code");
            yield return new UnitSuccession
            {
                OldCode = oldCode,
                NewCode = newCode,
                Coverage = oldCode == newCode ? "retained" : "full",
                Note = oldCode == newCode ? "Giữ tên, nhận sáp nhập" : "Sáp nhập toàn bộ",
                EffectiveOn = TwoTierStart,
            };
        }
    }

    private static StreamReader OpenEmbedded(string file)
    {
        var stream = typeof(AdminUnitImporter).Assembly.GetManifestResourceStream($"DanVan.AdminUnits.{file}")
            ?? throw new InvalidOperationException($"Missing embedded resource {file}");
        return new StreamReader(stream);
    }
}
