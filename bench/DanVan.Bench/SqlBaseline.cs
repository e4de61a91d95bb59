using System.Data.Common;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>
/// One hand-written SQL candidate for a scenario's answer, run as a prepared command on the
/// context's own connection. A scenario offers a few; the runner keeps the fastest.
/// </summary>
internal sealed class SqlBaseline(string name, string sql, IReadOnlyList<string> parameterNames, Func<DbDataReader, CancellationToken, Task<ScenarioAnswer>> read) : IDisposable
{
    private DbCommand? _command;

    public string Name => name;

    public async Task<ScenarioAnswer> RunAsync(AppDbContext db, IReadOnlyList<object> arguments, CancellationToken cancellationToken)
    {
        var command = _command ??= Prepare(db);
        for (var i = 0; i < arguments.Count; i++)
        {
            command.Parameters[i].Value = arguments[i];
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(reader, cancellationToken);
    }

    public void Dispose() => _command?.Dispose();

    private DbCommand Prepare(AppDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var parameterName in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + parameterName;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
