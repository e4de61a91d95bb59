using System.Data.Common;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>
/// One hand-written SQL candidate for a scenario's answer, run as a prepared command on the
/// context's own connection. A scenario offers a few; the runner keeps the fastest. A candidate
/// whose statement depends on the input (the filters a list is given) builds it from the input's
/// arguments and keeps one prepared command per statement.
/// </summary>
internal sealed class SqlBaseline(string name, Func<IReadOnlyList<object>, SqlStatement> statement, Func<DbDataReader, CancellationToken, Task<ScenarioAnswer>> read) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = [];

    /// <summary>A candidate with one statement, its parameters bound from the arguments in order.</summary>
    public SqlBaseline(string name, string sql, IReadOnlyList<string> parameterNames, Func<DbDataReader, CancellationToken, Task<ScenarioAnswer>> read)
        : this(name, arguments => new SqlStatement(sql, parameterNames, arguments), read)
    {
    }

    public string Name => name;

    public async Task<ScenarioAnswer> RunAsync(AppDbContext db, IReadOnlyList<object> arguments, CancellationToken cancellationToken)
    {
        var (sql, parameterNames, values) = statement(arguments);
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Prepare(db, sql, parameterNames);
            _commands.Add(sql, command);
        }

        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(reader, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private static DbCommand Prepare(AppDbContext db, string sql, IReadOnlyList<string> parameterNames)
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

/// <summary>A candidate's statement for one input: its text, its parameters' names and their values, in the same order.</summary>
internal sealed record SqlStatement(string Sql, IReadOnlyList<string> ParameterNames, IReadOnlyList<object> Values);
