using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

public static class OrganizationQueries
{
    /// <summary>The organisations in the subtree rooted at <paramref name="rootPath"/>, the root included, as one range.</summary>
    public static IQueryable<Organization> WithinSubtree(this IQueryable<Organization> organizations, string rootPath)
    {
        var upper = OrganizationPath.UpperBound(rootPath);
        return organizations.Where(o => o.Path.CompareTo(rootPath) >= 0 && o.Path.CompareTo(upper) < 0);
    }

    /// <summary>The ids of the organisations in the subtree rooted at <paramref name="rootPath"/>: an <c>IN</c> list that lets a table of their records be read by its organisation index.</summary>
    public static IQueryable<int> IdsWithinSubtree(this IQueryable<Organization> organizations, string rootPath) =>
        organizations.WithinSubtree(rootPath).Select(o => o.Id);

    /// <summary>
    /// Whether the subtree rooted at <paramref name="rootPath"/> holds every organisation (the
    /// nation's, while it is the only root): a list over it then needs no subtree condition, and
    /// the database can read the list's rows in its order from an index instead of organisation
    /// by organisation. Two seeks on the path index.
    /// </summary>
    public static async Task<bool> IsWholeTreeAsync(this IQueryable<Organization> organizations, string rootPath, CancellationToken cancellationToken)
    {
        if (OrganizationPath.Ids(rootPath).Count != 1)
        {
            return false;
        }

        var upper = OrganizationPath.UpperBound(rootPath);
        return !await organizations.AnyAsync(o => o.Path.CompareTo(rootPath) < 0, cancellationToken)
            && !await organizations.AnyAsync(o => o.Path.CompareTo(upper) >= 0, cancellationToken);
    }

    /// <summary>The organisations inside any of the subtrees rooted at <paramref name="rootPaths"/>.</summary>
    public static IQueryable<Organization> WithinAnySubtree(this IQueryable<Organization> organizations, IReadOnlyList<string> rootPaths)
    {
        return rootPaths.Count switch
        {
            0 => organizations.Where(o => false),
            1 => organizations.WithinSubtree(rootPaths[0]),
            _ => rootPaths.Skip(1).Aggregate(organizations.WithinSubtree(rootPaths[0]), (query, path) => query.Union(organizations.WithinSubtree(path))),
        };
    }
}
