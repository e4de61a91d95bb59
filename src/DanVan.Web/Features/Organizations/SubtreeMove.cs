using DanVan.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

internal static class SubtreeMove
{
    /// <summary>Rewrites the paths of every descendant of a moved organisation in one statement.</summary>
    public static Task<int> MoveDescendantsAsync(AppDbContext db, string oldPath, string newPath, CancellationToken cancellationToken)
    {
        var oldLength = oldPath.Length;
#pragma warning disable CA1845 // an expression tree translated to SQL: spans cannot be used here
        return db.Organizations
            .WithinSubtree(oldPath)
            .Where(o => o.Path != oldPath)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Path, o => newPath + o.Path.Substring(oldLength)), cancellationToken);
#pragma warning restore CA1845
    }
}
