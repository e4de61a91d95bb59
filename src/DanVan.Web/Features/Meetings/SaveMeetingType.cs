using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Meetings;

/// <summary>Adds or changes a meeting type; the catalogue is national, kept by central administrators. A type in use is retired, never deleted.</summary>
public sealed class SaveMeetingType(AppDbContext db, OrganizationScope scope)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public Task<CommandResult<int>> HandleAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken) =>
        TypeCatalog.SaveAsync(db, scope, id, input, 20, () => new MeetingType { Code = string.Empty, Name = string.Empty }, cancellationToken);
}
