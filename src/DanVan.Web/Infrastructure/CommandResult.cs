namespace DanVan.Web.Infrastructure;

/// <summary>The outcome of a command that both a page and the API run.</summary>
public sealed class CommandResult<T>
{
    private CommandResult(CommandStatus status, T? value, IDictionary<string, string[]>? errors)
    {
        Status = status;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public CommandStatus Status { get; }

    public T? Value { get; }

    /// <summary>Field name → Vietnamese messages, when <see cref="Status"/> is <see cref="CommandStatus.Invalid"/>.</summary>
    public IDictionary<string, string[]> Errors { get; }

    public static CommandResult<T> Ok(T value) => new(CommandStatus.Ok, value, null);

    public static CommandResult<T> Invalid(IDictionary<string, string[]> errors) => new(CommandStatus.Invalid, default, errors);

    public static CommandResult<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static CommandResult<T> Forbidden() => new(CommandStatus.Forbidden, default, null);

    public static CommandResult<T> NotFound() => new(CommandStatus.NotFound, default, null);

    /// <summary>Forbidden when the status says so, otherwise not found: what a failed lookup answers.</summary>
    public static CommandResult<T> Refused(CommandStatus status) => status == CommandStatus.Forbidden ? Forbidden() : NotFound();

    /// <summary>The data changed meanwhile or is in a state that refuses the action; the message says which.</summary>
    public static CommandResult<T> Conflict(string message) => new(CommandStatus.Conflict, default, new Dictionary<string, string[]> { [string.Empty] = [message] });

    /// <summary>This failure, carried over to a command that answers another type.</summary>
    public CommandResult<TOther> Failure<TOther>() => Status == CommandStatus.Ok
        ? throw new InvalidOperationException("A successful result is not a failure.")
        : new CommandResult<TOther>(Status, default, Errors);

    /// <summary>The message of a <see cref="CommandStatus.Conflict"/> or the first error.</summary>
    public string? Message => Errors.Values.SelectMany(m => m).FirstOrDefault();
}

public enum CommandStatus
{
    Ok,
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
