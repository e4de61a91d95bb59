using System.Globalization;
using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure;

/// <summary>
/// Organisations chosen in one action inside a host's subtree — every province under the centre,
/// the organisations under a chosen one, or a list — for bridge points and campaign participants.
/// </summary>
public static class OrganizationPresets
{
    /// <summary>What a feature calls the chosen organisations, in its own Vietnamese words.</summary>
    public sealed record Words(string ParentMissing, string ListEmpty, string ListOutside, string Unknown);

    /// <summary>
    /// The ids chosen by <paramref name="preset"/> (Provinces, Children of <paramref name="parentId"/>,
    /// or List of <paramref name="ids"/>) among <paramref name="candidates"/>, the open organisations
    /// the host may choose; or the error to report, keyed by the input's field.
    /// </summary>
    public static async Task<(IQueryable<int>? Chosen, CommandResult<int>? Error)> ChooseAsync(
        AppDbContext db, IQueryable<Organization> candidates, string hostPath, string? preset, int? parentId, IReadOnlyCollection<int>? ids, int max, Words words, CancellationToken cancellationToken)
    {
        switch (preset?.Trim().ToUpperInvariant())
        {
            case "PROVINCES":
                var centrals = db.Organizations.Where(o => o.Level == OrganizationLevel.Central).Select(o => (int?)o.Id);
                return (candidates.Where(o => o.Level == OrganizationLevel.Province && centrals.Contains(o.ParentId)).Select(o => o.Id), null);
            case "CHILDREN":
                if (parentId is not { } parent || !await db.Organizations.WithinSubtree(hostPath).AnyAsync(o => o.Id == parent, cancellationToken))
                {
                    return (null, CommandResult<int>.Invalid("ParentId", words.ParentMissing));
                }

                return (candidates.Where(o => o.ParentId == parent).Select(o => o.Id), null);
            case "LIST":
                var list = (ids ?? []).Distinct().ToList();
                if (list.Count == 0)
                {
                    return (null, CommandResult<int>.Invalid("OrganizationIds", words.ListEmpty));
                }

                if (list.Count > max)
                {
                    return (null, CommandResult<int>.Invalid("OrganizationIds", $"Mỗi lần chọn tối đa {max.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} tổ chức."));
                }

                if (await candidates.CountAsync(o => list.Contains(o.Id), cancellationToken) != list.Count)
                {
                    return (null, CommandResult<int>.Invalid("OrganizationIds", words.ListOutside));
                }

                return (candidates.Where(o => list.Contains(o.Id)).Select(o => o.Id), null);
            default:
                return (null, CommandResult<int>.Invalid("Preset", words.Unknown));
        }
    }
}
