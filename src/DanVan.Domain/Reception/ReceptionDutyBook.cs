using DanVan.Domain.Organizations;

namespace DanVan.Domain.Reception;

/// <summary>All the reception duties, every version of each; finds the one binding a head.</summary>
/// <param name="duties">The duties.</param>
public sealed class ReceptionDutyBook(IEnumerable<ReceptionDuty> duties)
{
    /// <summary>Every duty and version, as given.</summary>
    public IReadOnlyList<ReceptionDuty> Duties { get; } = [.. duties];

    /// <summary>
    /// The periodic duty binding the head of an organisation at a level on a day. A duty for the
    /// level wins over one for any level; of versions in force the same day (there should be none),
    /// the latest. Duties to receive when needed are not periodic and never found here.
    /// </summary>
    /// <param name="position">The head's position.</param>
    /// <param name="level">The organisation's level.</param>
    /// <param name="on">The day.</param>
    /// <returns>The duty, or <c>null</c> when no rule binds that head.</returns>
    public ReceptionDuty? Find(HeadPosition position, OrganizationLevel level, DateOnly on) =>
        Duties.Where(d => d.IsPeriodic && d.Position == position && (d.Level is null || d.Level == level) && d.IsInForceOn(on))
            .OrderByDescending(d => d.Level is not null)
            .ThenByDescending(d => d.EffectiveFrom ?? DateOnly.MinValue)
            .FirstOrDefault();
}
