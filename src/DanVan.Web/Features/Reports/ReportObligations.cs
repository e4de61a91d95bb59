using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>Who owes a form's report for a period: the submitting levels and types inside the owner's subtree, working on the period's last day.</summary>
public sealed record ReportObligations(IReadOnlyList<OrganizationLevel> Levels, IReadOnlyList<int> TypeIds, string OwnerPath)
{
    public static ReportObligations Of(ReportForm form, string ownerPath) => new(
        Enum.GetValues<OrganizationLevel>().Where(form.IsSubmittedBy).ToList(),
        form.SubmitterTypes.Select(t => t.OrganizationTypeId).ToList(),
        ownerPath);

    /// <summary>The organisations inside <paramref name="subtreePath"/> that owe the report (see <see cref="ReportingObligation"/>).</summary>
    public IQueryable<Organization> Owing(IQueryable<Organization> organizations, string subtreePath, ReportingPeriod period)
    {
        var root = RootWithin(subtreePath);
        if (root is null)
        {
            return organizations.Where(o => false);
        }

        var end = period.End;
        var levels = Levels;
        var query = organizations.WithinSubtree(root).Where(o => levels.Contains(o.Level) && o.ValidFrom <= end && (o.ValidTo == null || o.ValidTo >= end));
        var types = TypeIds;
        return types.Count == 0 ? query : query.Where(o => types.Contains(o.TypeId));
    }

    /// <summary>Where owing organisations inside a subtree are: the deeper of the subtree and the owner's, when one holds the other; otherwise <c>null</c>.</summary>
    public string? RootWithin(string subtreePath) =>
        OrganizationPath.IsWithin(OwnerPath, subtreePath) ? subtreePath
            : OrganizationPath.IsWithin(subtreePath, OwnerPath) ? OwnerPath
            : null;

    /// <summary>Whether one organisation submits this form at all (ignoring dates).</summary>
    public bool Covers(Organization organization) =>
        Levels.Contains(organization.Level)
        && (TypeIds.Count == 0 || TypeIds.Contains(organization.TypeId))
        && OrganizationPath.IsWithin(OwnerPath, organization.Path);
}
