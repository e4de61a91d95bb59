using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Data.Seeding;

/// <summary>
/// Inserts many rows of one entity type in multi-row INSERT statements inside one transaction:
/// reference data of tens of thousands of rows loads in a fraction of a second, where change
/// tracking would take seconds. Table and column names come from the EF model, so both providers
/// get the same statements.
/// </summary>
internal static class BulkInsert
{
    private const int ParametersPerStatement = 2000;

    public static async Task<int> InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && p.PropertyInfo is not null).ToList();
        var table = entity.GetTableName()!;
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        var perStatement = Math.Max(1, ParametersPerStatement / properties.Count);

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var batch = rows.Skip(start).Take(perStatement).ToList();
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var sql = new StringBuilder($"INSERT INTO \"{table}\" ({columns}) VALUES ");
                for (var r = 0; r < batch.Count; r++)
                {
                    sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < properties.Count; c++)
                    {
                        var name = $"@p{r}_{c}";
                        sql.Append(c == 0 ? name : ", " + name);
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = name;
                        parameter.Value = properties[c].PropertyInfo!.GetValue(batch[r]) ?? DBNull.Value;
                        command.Parameters.Add(parameter);
                    }

                    sql.Append(')');
                }

                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return rows.Count;
    }
}
