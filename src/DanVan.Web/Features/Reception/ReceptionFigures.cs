using DanVan.Data;
using DanVan.Domain.Reception;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>
/// An organisation's own reception figures for a reporting period, keyed by the quarterly form's
/// indicator codes (section 2, "Tiếp công dân và đối thoại"): sessions held, those the party
/// committee's head and the People's Committee chair received in person, and citizens received.
/// Delegations (TCD_DOAN) are not recorded separately and stay for the person to fill.
/// </summary>
public sealed class ReceptionFigures(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<string, double?>> ForAsync(int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var end = period.End;
        var sessions = await db.ReceptionSessions.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.HeldOn >= start && s.HeldOn <= end)
            .GroupBy(s => new { s.ReceiverPosition, s.HeadInPerson })
            .Select(g => new { g.Key.ReceiverPosition, g.Key.HeadInPerson, Count = g.Count(), Citizens = g.Sum(s => s.CitizenCount) })
            .ToListAsync(cancellationToken);
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["TCD_BUOI"] = sessions.Sum(s => s.Count),
            ["TCD_BT"] = sessions.Where(s => s.HeadInPerson && s.ReceiverPosition == HeadPosition.PartySecretary).Sum(s => s.Count),
            ["TCD_CT"] = sessions.Where(s => s.HeadInPerson && s.ReceiverPosition == HeadPosition.PeopleCommitteeChair).Sum(s => s.Count),
            ["TCD_LUOT"] = sessions.Sum(s => s.Citizens),
        };
    }
}
