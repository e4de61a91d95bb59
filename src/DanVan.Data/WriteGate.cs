namespace DanVan.Data;

/// <summary>
/// Lets one writer at a time into a SQLite database from this process. SQLite allows a single
/// writer; without the gate, concurrent writers collide and Microsoft.Data.Sqlite retries them
/// with sleeps, which costs far more than waiting in turn. PostgreSQL needs no gate.
/// </summary>
public sealed class WriteGate(bool serialize) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the turn to write; dispose the result to let the next writer in.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (!serialize)
        {
            return default;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>A writer's turn.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
