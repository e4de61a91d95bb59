using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The people of the national data set: an officer (chuyên viên) and a leader (lãnh đạo) holding a
/// role in every open organisation, so that what goes to people — deadline reminders above all —
/// has its real number of recipients. They have no password: nobody signs in as them. Written in
/// bulk, a few thousand organisations per transaction; an organisation whose two already exist is
/// skipped, so a stopped run resumes and a second run adds nothing.
/// </summary>
public sealed class ScalePeopleSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScalePeopleSeeded";

    /// <summary>The user names' prefix: "quymo.{organisation id}.chuyenvien" and ".lanhdao".</summary>
    public const string UserNamePrefix = "quymo.";

    private const int OrganizationsPerTransaction = 4000;

    public async Task<ScalePeopleResult> SeedAsync(IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var organizations = await bulk.Organizations.AsNoTracking().Where(o => o.ValidTo == null)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var seeded = (await bulk.Users.AsNoTracking().Where(u => u.UserName!.StartsWith(UserNamePrefix))
            .Select(u => u.UserName!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var todo = organizations.Where(o => !seeded.Contains(UserName(o.Id, OrganizationRole.Leader))).ToList();
        var added = 0;
        foreach (var chunk in todo.Chunk(OrganizationsPerTransaction))
        {
            var users = new List<AppUser>();
            var roles = new List<RoleAssignment>();
            foreach (var organization in chunk)
            {
                foreach (var (role, title) in (ReadOnlySpan<(OrganizationRole, string)>)[(OrganizationRole.Officer, "Chuyên viên"), (OrganizationRole.Leader, "Lãnh đạo")])
                {
                    var userName = UserName(organization.Id, role);
                    if (seeded.Contains(userName))
                    {
                        continue;
                    }

                    var user = new AppUser
                    {
                        Id = $"quymo-{organization.Id}-{(role == OrganizationRole.Leader ? "lanhdao" : "chuyenvien")}",
                        UserName = userName,
                        NormalizedUserName = userName.ToUpperInvariant(),
                        FullName = Truncate($"{title} {organization.Name}", 200),
                        SecurityStamp = Guid.NewGuid().ToString("N"),
                        ConcurrencyStamp = Guid.NewGuid().ToString(),
                        LockoutEnabled = true,
                        CreatedAt = now,
                    };
                    users.Add(user);
                    roles.Add(new RoleAssignment { UserId = user.Id, OrganizationId = organization.Id, Role = role });
                }
            }

            await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
            added += await BulkInsert.InsertAsync(bulk, users, cancellationToken);
            await BulkInsert.InsertAsync(bulk, roles, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(new ScaleSeedProgress("Người dùng", added, todo.Count * 2));
        }

        if (added > 0)
        {
            var central = await bulk.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
            bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central, AuditAction, new { Organizations = todo.Count, People = added }));
            await bulk.SaveChangesAsync(cancellationToken);
        }

        var people = await bulk.Users.CountAsync(u => u.UserName!.StartsWith(UserNamePrefix), cancellationToken);
        return new ScalePeopleResult(people, added);
    }

    private static string UserName(int organizationId, OrganizationRole role) =>
        FormattableString.Invariant($"{UserNamePrefix}{organizationId}.{(role == OrganizationRole.Leader ? "lanhdao" : "chuyenvien")}");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>What the people seeding did: the data set's people now in the database, and those it added.</summary>
public sealed record ScalePeopleResult(int People, int Added);
