using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// The forms a person sees: those defined inside their subtrees (which they may edit) and those
/// defined above them (which their organisations fill).
/// </summary>
public sealed class ReportFormCatalog(AppDbContext db, OrganizationScope scope)
{
    public async Task<IReadOnlyList<ReportFormSummary>> ListAsync(bool includeRetired, CancellationToken cancellationToken)
    {
        var roots = await scope.ReadablePathsAsync(cancellationToken);
        var forms = await db.ReportForms.AsNoTracking()
            .Where(f => includeRetired || f.Status != ReportFormStatus.Retired)
            .OrderBy(f => f.Code).ThenByDescending(f => f.Version)
            .Select(f => new
            {
                Summary = new ReportFormSummary(f.Id, f.Code, f.Version, f.Name, f.PeriodType, f.Status, f.OwnerOrganizationId, f.OwnerOrganization!.Name, f.Indicators.Count, f.DeadlineDays),
                OwnerPath = f.OwnerOrganization.Path,
            })
            .ToListAsync(cancellationToken);
        return forms.Where(f => IsVisible(roots, f.OwnerPath))
            .Select(f => f.Summary)
            .ToList();
    }

    public async Task<ReportFormDetails?> GetAsync(int formId, CancellationToken cancellationToken)
    {
        var form = await db.ReportForms.AsNoTracking()
            .Include(f => f.OwnerOrganization)
            .Include(f => f.Indicators.OrderBy(i => i.Position))
            .Include(f => f.Sections.OrderBy(s => s.Position))
            .Include(f => f.Rules.OrderBy(r => r.Position))
            .Include(f => f.SubmitterTypes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == formId, cancellationToken);
        if (form is null || !await IsVisibleAsync(form.OwnerOrganization!.Path, cancellationToken))
        {
            return null;
        }

        var typeIds = form.SubmitterTypes.Select(t => t.OrganizationTypeId).ToList();
        var types = await db.OrganizationTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).OrderBy(t => t.SortOrder)
            .Select(t => new SubmitterType(t.Id, t.Name)).ToListAsync(cancellationToken);
        var canEdit = form.Status == ReportFormStatus.Draft && await scope.CanReadAsync(form.OwnerOrganization.Path, cancellationToken);
        return new ReportFormDetails(
            form.Id,
            form.Code,
            form.Version,
            form.Name,
            form.Description,
            form.PeriodType,
            form.Status,
            form.OwnerOrganizationId,
            form.OwnerOrganization.Name,
            form.DeadlineDays,
            form.LockAfterDays,
            Enum.GetValues<OrganizationLevel>().Where(form.IsSubmittedBy).ToList(),
            types,
            form.Indicators.Select(i => new IndicatorView(i.Id, i.Code, i.Name, i.GroupName, i.Unit, i.Aggregation, i.CategoryList, i.Min, i.Max)).ToList(),
            form.Sections.Select(s => new SectionView(s.Id, s.Code, s.Title, s.Hint)).ToList(),
            form.Rules.Select(r => new RuleView(r.Id, r.Left, Domain.Reporting.RuleOperators.Symbol(r.Operator), r.Right, r.Severity, r.Message)).ToList(),
            form.PublishedAt,
            canEdit);
    }

    /// <summary>The editor's starting point for a form: its current definition as input rows.</summary>
    public static ReportFormInput ToInput(ReportFormDetails form) => new()
    {
        Code = form.Code,
        Name = form.Name,
        Description = form.Description,
        PeriodType = form.PeriodType,
        OwnerOrganizationId = form.OwnerOrganizationId,
        DeadlineDays = form.DeadlineDays,
        LockAfterDays = form.LockAfterDays,
        SubmitterLevels = [.. form.SubmitterLevels],
        SubmitterTypeIds = [.. form.SubmitterTypes.Select(t => t.Id)],
        Indicators = [.. form.Indicators.Select(i => new IndicatorInput
        {
            Code = i.Code, Name = i.Name, GroupName = i.GroupName, Unit = i.Unit, Aggregation = i.Aggregation,
            Categories = string.Join(ReportIndicator.CategorySeparator, i.Categories), Min = i.Min, Max = i.Max,
        })],
        Sections = [.. form.Sections.Select(s => new SectionInput { Code = s.Code, Title = s.Title, Hint = s.Hint })],
        Rules = [.. form.Rules.Select(r => new RuleInput { Left = r.Left, Operator = r.Operator, Right = r.Right, Severity = r.Severity, Message = r.Message })],
    };

    private async Task<bool> IsVisibleAsync(string ownerPath, CancellationToken cancellationToken) =>
        IsVisible(await scope.ReadablePathsAsync(cancellationToken), ownerPath);

    // Defined inside one of the person's subtrees, or above one (a form their organisations fill).
    private static bool IsVisible(IReadOnlyList<string> roots, string ownerPath) =>
        roots.Any(root => OrganizationPath.IsWithin(root, ownerPath) || OrganizationPath.IsWithin(ownerPath, root));
}
