namespace DanVan.Domain.Organizations;

/// <summary>
/// The materialised path of an organisation in the tree, e.g. "/1/7/42/". A subtree is every
/// path that starts with its root's path, which a database answers with one indexed range scan.
/// </summary>
public static class OrganizationPath
{
    /// <summary>The path of a child, given its parent's path (or <c>null</c> for a root).</summary>
    /// <param name="parentPath">The parent's path, or <c>null</c>.</param>
    /// <param name="id">The organisation's id.</param>
    /// <returns>The child's path.</returns>
    public static string Of(string? parentPath, int id) => $"{parentPath ?? "/"}{id}/";

    /// <summary>Whether <paramref name="path"/> lies in the subtree rooted at <paramref name="rootPath"/>.</summary>
    /// <param name="rootPath">The subtree root's path.</param>
    /// <param name="path">The path to test.</param>
    /// <returns><c>true</c> for the root itself and every descendant.</returns>
    public static bool IsWithin(string rootPath, string path) =>
        path.StartsWith(rootPath, StringComparison.Ordinal);

    /// <summary>The ids on a path, root first.</summary>
    /// <param name="path">A path such as "/1/7/42/".</param>
    /// <returns>The ids, e.g. 1, 7, 42.</returns>
    public static IReadOnlyList<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The upper bound of a subtree's range: every descendant path sorts below it.</summary>
    /// <param name="rootPath">The subtree root's path, ending in '/'.</param>
    /// <returns>The root path with its final '/' replaced by the next character, '0'.</returns>
    public static string UpperBound(string rootPath) => string.Concat(rootPath.AsSpan(0, rootPath.Length - 1), "0");

    /// <summary>
    /// The child of <paramref name="rootPath"/> whose subtree holds <paramref name="path"/>: the id
    /// right after the root's segment. <c>null</c> for the root itself or a path outside the subtree.
    /// </summary>
    /// <param name="rootPath">The subtree root's path, e.g. "/1/".</param>
    /// <param name="path">A path, e.g. "/1/7/42/".</param>
    /// <returns>The child's id, e.g. 7.</returns>
    public static int? ChildUnder(string rootPath, string path)
    {
        if (path.Length <= rootPath.Length || !path.StartsWith(rootPath, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path.AsSpan(rootPath.Length);
        var end = rest.IndexOf('/');
        return int.TryParse(end < 0 ? rest : rest[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
