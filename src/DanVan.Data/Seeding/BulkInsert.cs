using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
    // SQLite finds a named parameter by a linear search, so very wide statements cost more than
    // they save; a few hundred parameters, prepared once and re-bound, is the sweet spot.
    private const int ParametersPerStatement = 360;

    public static async Task<int> InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null).ToList();
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / properties.Count);

        // Enums and other converted properties are written as the database stores them.
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToList();

        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            DbCommand? full = null;
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var command = count == rowsPerStatement
                    ? full ??= CreateCommand(db, entity, properties, count)
                    : CreateCommand(db, entity, properties, count);
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < properties.Count; c++)
                    {
                        var value = properties[c].PropertyInfo!.GetValue(rows[start + r]);
                        command.Parameters[r * properties.Count + c].Value = (value is not null && converters[c] is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }

            if (full is not null)
            {
                await full.DisposeAsync();
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

    private static DbCommand CreateCommand(AppDbContext db, IEntityType entity, List<IProperty> properties, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        var sql = new StringBuilder($"INSERT INTO \"{entity.GetTableName()}\" ({columns}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < properties.Count; c++)
            {
                var name = $"@p{(r * properties.Count) + c}";
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
