using DanVan.Data;
using DanVan.Data.Meetings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// A person's subscribable calendar of meetings: a secret link that a calendar app reads without
/// signing in. The token names the person and their security stamp, so changing the password (or
/// locking the account) ends every link given out before.
/// </summary>
public sealed class MeetingFeed(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>Meetings from this many days back are in the feed.</summary>
    public const int DaysBack = 92;

    /// <summary>Meetings up to this many days ahead are in the feed.</summary>
    public const int DaysAhead = 366;

    /// <summary>The most meetings one feed holds.</summary>
    public const int MaxMeetings = 2000;

    private readonly IDataProtector _protector = protection.CreateProtector("DanVan.Meetings.Feed.v1");

    public async Task<string?> TokenAsync(string userId, CancellationToken cancellationToken)
    {
        var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        return stamp is null ? null : _protector.Protect($"{userId}\n{stamp}");
    }

    /// <summary>The meetings the token's person sees, or <c>null</c> when the token is not (or no longer) valid.</summary>
    public async Task<IReadOnlyList<MeetingRow>?> MeetingsAsync(string? token, CancellationToken cancellationToken)
    {
        string plain;
        try
        {
            plain = _protector.Unprotect(token ?? string.Empty);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = plain.Split('\n');
        if (parts.Length != 2)
        {
            return null;
        }

        var (userId, stamp) = (parts[0], parts[1]);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.SecurityStamp != stamp || user.LockoutEnd > clock.GetUtcNow())
        {
            return null;
        }

        var roots = Auth.OrganizationScope.Outermost(await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => r.Organization!.Path).ToListAsync(cancellationToken));
        var today = DateTime.SpecifyKind(clock.GetUtcNow().UtcDateTime.AddHours(7).Date, DateTimeKind.Unspecified);
        var (from, to) = (today.AddDays(-DaysBack), today.AddDays(DaysAhead));
        var rows = new List<MeetingRow>();
        foreach (var root in roots)
        {
            var wholeTree = await db.Organizations.IsWholeTreeAsync(root, cancellationToken);
            rows.AddRange(await db.VisibleWithin(root, wholeTree, from, to).OrderBy(m => m.StartsAt).Take(MaxMeetings).ToRows(db).ToListAsync(cancellationToken));
        }

        return [.. rows.DistinctBy(r => r.Id).OrderBy(r => r.StartsAt).Take(MaxMeetings)];
    }
}
