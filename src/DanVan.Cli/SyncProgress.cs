namespace DanVan.Cli;

/// <summary>
/// Reports progress on the caller's thread, in order; <see cref="Progress{T}"/> would post
/// reports to the thread pool, where they can arrive late and out of order.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
