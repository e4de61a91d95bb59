using DanVan.Web.Features.Meetings;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Admin;

/// <summary>The meeting types (giao ban tháng, sơ kết, buổi làm việc…).</summary>
public sealed class MeetingTypesModel(MeetingAccess access, SaveMeetingType save) : TypeCatalogPageModel
{
    protected override string Noun => "loại hội nghị";

    protected override int CodeLength => 20;

    protected override async Task<IReadOnlyList<TypeCatalogRow>> RowsAsync(CancellationToken cancellationToken) =>
        [.. (await access.TypesAsync(cancellationToken)).Select(t => new TypeCatalogRow(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive))];

    protected override Task<bool> MayEditAsync(CancellationToken cancellationToken) => save.MayEditAsync(cancellationToken);

    protected override Task<CommandResult<int>> SaveAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken) => save.HandleAsync(id, input, cancellationToken);
}
