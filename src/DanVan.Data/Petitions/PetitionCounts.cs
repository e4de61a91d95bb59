using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Petitions;

/// <summary>What a petition's counts depend on: where it is, when it came, and how far it has got.</summary>
public readonly record struct PetitionCountFacts(
    int OrganizationId, PetitionKind Kind, PetitionField Field, DateOnly ReceivedOn, PetitionStatus Status,
    bool Accepted, bool Resolved, bool Refused, bool Forwarded, bool? HandledOnTime)
{
    /// <summary>The facts read from a petition: in a query, only these columns.</summary>
    public static Expression<Func<Petition, PetitionCountFacts>> Projection { get; } = p => new PetitionCountFacts(
        p.OrganizationId, p.Kind, p.Field, p.ReceivedOn, p.Status,
        p.AcceptedOn != null, p.ResolvedOn != null, p.RefusalReason != null, p.ForwardedTo != null, p.HandledOnTime);

    private static readonly Func<Petition, PetitionCountFacts> FromPetition = Projection.Compile();

    public static PetitionCountFacts Of(Petition p) => FromPetition(p);

    public int YearMonth => (ReceivedOn.Year * 100) + ReceivedOn.Month;
}

/// <summary>
/// Keeps <see cref="PetitionMonthCount"/> true: the one rule for what a petition adds to each count,
/// the changes a set of petitions makes (added to the counts with one upsert per key, which both
/// SQLite and PostgreSQL apply atomically), and a full rebuild for petitions written in bulk.
/// </summary>
public static class PetitionCounts
{
    private const int RowsPerStatement = 200;

    /// <summary>The mark, among the jobs' states, that the counts have been built.</summary>
    public const string JobName = "petition-month-counts";

    private static readonly string[] Counters =
    [
        nameof(PetitionMonthCount.Received), nameof(PetitionMonthCount.Accepted), nameof(PetitionMonthCount.Resolved),
        nameof(PetitionMonthCount.Refused), nameof(PetitionMonthCount.Forwarded), nameof(PetitionMonthCount.Withdrawn),
        nameof(PetitionMonthCount.Open), nameof(PetitionMonthCount.OnTime), nameof(PetitionMonthCount.Late),
        nameof(PetitionMonthCount.Duplicates),
    ];

    /// <summary>What one petition adds to each counter, in the order of <see cref="Counters"/>.</summary>
    public static int[] Of(PetitionCountFacts p)
    {
        var duplicate = p.Status == PetitionStatus.Duplicate;
        return
        [
            duplicate ? 0 : 1,
            p.Accepted ? 1 : 0,
            p.Resolved ? 1 : 0,
            p.Refused ? 1 : 0,
            p.Forwarded ? 1 : 0,
            p.Status == PetitionStatus.Withdrawn ? 1 : 0,
            p.Status is PetitionStatus.Registered or PetitionStatus.Accepted ? 1 : 0,
            !duplicate && p.HandledOnTime == true ? 1 : 0,
            !duplicate && p.HandledOnTime == false ? 1 : 0,
            duplicate ? 1 : 0,
        ];
    }

    /// <summary>The changes to the counts of the organisations on each petition's path: +1 × its counts now, −1 × its counts before.</summary>
    public static Dictionary<Key, int[]> Changes(
        IEnumerable<(PetitionCountFacts? Before, PetitionCountFacts? After)> petitions, IReadOnlyDictionary<int, string> paths)
    {
        var changes = new Dictionary<Key, int[]>();
        foreach (var (before, after) in petitions)
        {
            if (before == after)
            {
                continue;
            }

            // An organisation that does not exist is left out: the database refuses the petition itself.
            if (before is { } b && paths.TryGetValue(b.OrganizationId, out var beforePath))
            {
                AddTo(changes, b, beforePath, -1);
            }

            if (after is { } a && paths.TryGetValue(a.OrganizationId, out var afterPath))
            {
                AddTo(changes, a, afterPath, 1);
            }
        }

        foreach (var key in changes.Where(c => c.Value.All(v => v == 0)).Select(c => c.Key).ToList())
        {
            changes.Remove(key);
        }

        return changes;
    }

    /// <summary>Adds <paramref name="changes"/> to the counts, in the caller's transaction, keys in one order so that concurrent writers never wait on each other in a cycle.</summary>
    public static async Task ApplyAsync(AppDbContext db, IReadOnlyDictionary<Key, int[]> changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.OrderBy(c => c.Key.Order).Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO \"").Append(Table(db)).Append("\" (\"OrganizationId\", \"YearMonth\", \"ChildId\", \"Kind\", \"Field\"");
            foreach (var counter in Counters)
            {
                sql.Append(", \"").Append(counter).Append('"');
            }

            sql.Append(") VALUES ");
            var parameters = new List<object>(chunk.Length * (5 + Counters.Length));
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, values) = chunk[i];
                sql.Append(i == 0 ? "(" : ", (");
                object[] row = [key.OrganizationId, key.YearMonth, key.ChildId, (int)key.Kind, (int)key.Field, .. values.Cast<object>()];
                for (var j = 0; j < row.Length; j++)
                {
                    sql.Append(j == 0 ? "" : ", ").Append('{').Append(parameters.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                    parameters.Add(row[j]);
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT (\"OrganizationId\", \"YearMonth\", \"ChildId\", \"Kind\", \"Field\") DO UPDATE SET ");
            sql.AppendJoin(", ", Counters.Select(c => $"\"{c}\" = \"{Table(db)}\".\"{c}\" + excluded.\"{c}\""));
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    /// <summary>
    /// Counts every petition afresh, replacing the counts: for a database that had petitions before
    /// the counts existed, and after petitions written in bulk without the interceptor. Run it in a
    /// transaction with nothing else writing petitions.
    /// </summary>
    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var paths = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var petitions = db.Petitions.AsNoTracking().Select(PetitionCountFacts.Projection);
        var counts = new Dictionary<Key, int[]>();
        await foreach (var petition in petitions.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            AddTo(counts, petition, paths[petition.OrganizationId], 1);
        }

        await db.PetitionMonthCounts.ExecuteDeleteAsync(cancellationToken);
        var rows = counts.OrderBy(c => c.Key.Order).Select(c => new PetitionMonthCount
        {
            OrganizationId = c.Key.OrganizationId,
            YearMonth = c.Key.YearMonth,
            ChildId = c.Key.ChildId,
            Kind = c.Key.Kind,
            Field = c.Key.Field,
            Received = c.Value[0],
            Accepted = c.Value[1],
            Resolved = c.Value[2],
            Refused = c.Value[3],
            Forwarded = c.Value[4],
            Withdrawn = c.Value[5],
            Open = c.Value[6],
            OnTime = c.Value[7],
            Late = c.Value[8],
            Duplicates = c.Value[9],
        }).ToList();
        await BulkInsert.InsertAsync(db, rows, cancellationToken);
        return rows.Count;
    }

    /// <summary>
    /// Builds the counts once for a database whose petitions predate them (the first start after
    /// the migration): the first instance to mark the job does it, in one transaction with the mark.
    /// </summary>
    public static async Task EnsureBuiltAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.JobStates.AnyAsync(j => j.Name == JobName, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await Jobs.JobLease.AddStateAsync(db, JobName, cancellationToken);
        if (marked == 1)
        {
            await RebuildAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void AddTo(Dictionary<Key, int[]> changes, PetitionCountFacts petition, string path, int sign)
    {
        var counts = Of(petition);
        var ids = OrganizationPath.Ids(path);
        for (var i = 0; i < ids.Count; i++)
        {
            var key = new Key(ids[i], petition.YearMonth, i + 1 < ids.Count ? ids[i + 1] : ids[i], petition.Kind, petition.Field);
            if (!changes.TryGetValue(key, out var values))
            {
                changes[key] = values = new int[Counters.Length];
            }

            for (var j = 0; j < values.Length; j++)
            {
                values[j] += sign * counts[j];
            }
        }
    }

    private static string Table(AppDbContext db) => db.Model.FindEntityType(typeof(PetitionMonthCount))!.GetTableName()!;

    /// <summary>One row of <see cref="PetitionMonthCount"/>.</summary>
    public readonly record struct Key(int OrganizationId, int YearMonth, int ChildId, PetitionKind Kind, PetitionField Field)
    {
        /// <summary>The table's key order.</summary>
        public (int, int, int, int, int) Order => (OrganizationId, YearMonth, ChildId, (int)Kind, (int)Field);
    }
}
