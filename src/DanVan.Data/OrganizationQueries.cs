using DanVan.Data.Entities;
using DanVan.Domain.Organizations;

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
