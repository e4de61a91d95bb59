using DanVan.Data;
using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Web.Auth;

namespace DanVan.Web.Features.Reception;

/// <summary>The reception sessions of an organisation's subtree, newest first, also by whether the head received in person; and one session.</summary>
public sealed class ReceptionSessionDirectory(AppDbContext db, SubtreeAccess access) : ReceptionRecordDirectory<ReceptionSession, ReceptionSessionDto>(db, access)
{
    protected override IQueryable<ReceptionSession> Records(AppDbContext context) => context.ReceptionSessions;

    protected override IQueryable<ReceptionSession> Filter(IQueryable<ReceptionSession> records, ReceptionFilter filter) =>
        filter.HeadInPerson is { } head ? records.Where(s => s.HeadInPerson == head) : records;

    protected override ReceptionSessionDto Dto(ReceptionSession s, string organizationName) => new(
        s.Id, s.OrganizationId, organizationName, s.HeldOn, s.Place, s.ReceiverName, s.ReceiverPosition, HeadPositionNames.Of(s.ReceiverPosition),
        s.HeadInPerson, s.IsOnline, s.IsAdHoc, s.AdHocReason, s.CitizenCount, s.Matters, s.Outcomes, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy);
}
