using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Admin;

public sealed class OrganizationTypesModel(OrganizationDirectory directory, SaveOrganizationType save) : TypeCatalogPageModel
{
    protected override string Noun => "loại tổ chức";

    protected override int CodeLength => 30;

    protected override async Task<IReadOnlyList<TypeCatalogRow>> RowsAsync(CancellationToken cancellationToken) =>
        [.. (await directory.TypesAsync(activeOnly: false, cancellationToken)).Select(t => new TypeCatalogRow(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive))];

    protected override Task<bool> MayEditAsync(CancellationToken cancellationToken) => save.MayEditAsync(cancellationToken);

    protected override Task<CommandResult<int>> SaveAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken) => save.HandleAsync(id, input, cancellationToken);
}
