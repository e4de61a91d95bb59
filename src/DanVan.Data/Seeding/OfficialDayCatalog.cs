using System.Globalization;
using DanVan.Data.Calendar;
using DanVan.Domain.Calendar;
using DanVan.Domain.Text;

namespace DanVan.Data.Seeding;

/// <summary>The Government's announced days off and working Saturdays shipped with the product (<c>Seeding/Calendar/official-days.csv</c>).</summary>
public static class OfficialDayCatalog
{
    public static IReadOnlyList<OfficialDay> Load(DateTime now)
    {
        using var stream = typeof(OfficialDayCatalog).Assembly.GetManifestResourceStream("DanVan.Calendar.official-days.csv")
            ?? throw new InvalidOperationException("The official days are not embedded.");
        using var reader = new StreamReader(stream);
        var table = CsvTable.Read(reader);
        return table.Rows.Select(r => new OfficialDay
        {
            Date = DateOnly.ParseExact(table.Get(r.Fields, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Kind = Enum.Parse<AdjustmentKind>(table.Get(r.Fields, "kind")),
            Name = table.Get(r.Fields, "name"),
            Basis = table.Get(r.Fields, "basis") is { Length: > 0 } basis ? basis : null,
            UpdatedAt = now,
        }).ToList();
    }
}
