using DanVan.Data.Auditing;
using DanVan.Domain.Calendar;

namespace DanVan.Data.Calendar;

/// <summary>A day the Government's yearly notice sets apart for civil servants: an extra day off or a working Saturday. Kept by administrators; read into the <see cref="WorkingCalendar"/>.</summary>
public sealed class OfficialDay : IAuditable
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public AdjustmentKind Kind { get; set; }

    /// <summary>What the day is, e.g. "Nghỉ hoán đổi dịp Quốc khánh".</summary>
    public required string Name { get; set; }

    /// <summary>The decision it comes from, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025".</summary>
    public string? Basis { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => null;

    public CalendarAdjustment ToAdjustment() => new(Date, Kind, Name);
}
