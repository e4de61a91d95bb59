using System.Globalization;
using DanVan.Data.Auditing;
using DanVan.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The audit trail of the data set: what five years of daily work leave behind, about 125 entries
/// for each person of <see cref="ScalePeopleSeeder"/> (five million nationally) — petitions,
/// reports, tasks and meetings above all, mostly updates — spread evenly over the five years
/// before today, each by a person at their organisation. Written in bulk, 50,000 entries per
/// transaction; a run adds only what is missing of the target, so a stopped run resumes.
/// Deterministic for a seed and a day.
/// </summary>
public sealed class ScaleAuditSeeder(AppDbContext db, TimeProvider clock)
{
    public const int EntriesPerPerson = 125;

    private const int EntriesPerTransaction = 50_000;

    private const int Years = 5;

    // The kinds of data changed, each with its share of the changes in a hundred.
    private static readonly (string Type, int Share)[] Types =
    [
        ("Petition", 30), ("Report", 18), ("WorkTask", 20), ("Meeting", 10), ("ExemplaryModel", 4), ("ReceptionSession", 3),
        ("Dialogue", 2), ("SentimentReport", 4), ("Campaign", 2), ("Organization", 3), ("RoleAssignment", 2), ("AppUser", 2),
    ];

    private static readonly string[] Statuses = ["Draft", "Submitted", "Accepted", "InProgress", "Returned", "Completed"];

    public async Task<ScaleAuditResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var people = await bulk.RoleAssignments.AsNoTracking()
            .Where(r => r.Role == OrganizationRole.Officer || r.Role == OrganizationRole.Leader)
            .Where(r => r.User!.UserName!.StartsWith(ScalePeopleSeeder.UserNamePrefix))
            .OrderBy(r => r.Id)
            .Select(r => new { r.UserId, UserName = r.User!.UserName!, r.OrganizationId })
            .ToListAsync(cancellationToken);
        var target = (long)people.Count * EntriesPerPerson;
        var existing = await bulk.AuditEntries.LongCountAsync(cancellationToken);
        if (people.Count == 0 || existing >= target)
        {
            return new ScaleAuditResult(existing, 0);
        }

        var missing = (int)(target - existing);
        var end = clock.GetUtcNow().UtcDateTime.Date;
        var start = end.AddYears(-Years);
        var step = (end - start).Ticks / missing;
        var kinds = Types.SelectMany(t => Enumerable.Repeat(t.Type, t.Share)).ToArray();
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
        var random = new Random(unchecked((seed * 389) ^ (int)existing));
        var added = 0;
        while (added < missing)
        {
            var count = Math.Min(EntriesPerTransaction, missing - added);
            var entries = new List<AuditEntry>(count);
            for (var i = 0; i < count; i++)
            {
                var person = people[random.Next(people.Count)];
                var kind = kinds[random.Next(kinds.Length)];
                var roll = random.Next(100);
                var (action, before, after) = roll < 28
                    ? ("Created", null, $$"""{"Status":"{{Statuses[0]}}"}""")
                    : roll < 96
                        ? ("Updated", $$"""{"Status":"{{Statuses[random.Next(1, 3)]}}"}""", $$"""{"Status":"{{Statuses[random.Next(3, Statuses.Length)]}}"}""")
                        : ("Deleted", $$"""{"Status":"{{Statuses[0]}}"}""", (string?)null);
                entries.Add(new AuditEntry
                {
                    At = start.AddTicks(step * (added + i) + random.Next(0, 60) * TimeSpan.TicksPerSecond),
                    UserId = person.UserId,
                    UserName = person.UserName,
                    OrganizationId = person.OrganizationId,
                    EntityType = kind,
                    EntityId = random.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture),
                    Action = action,
                    Before = before,
                    After = after,
                });
            }
#pragma warning restore CA5394

            await BulkInsert.InsertAsync(bulk, entries, cancellationToken);
            added += count;
            progress?.Report(new ScaleSeedProgress("Nhật ký thay đổi", added, missing));
        }

        return new ScaleAuditResult(existing + added, added);
    }
}

/// <summary>What the audit seeding did: the entries now in the trail, and how many it added.</summary>
public sealed record ScaleAuditResult(long Entries, int Added);
