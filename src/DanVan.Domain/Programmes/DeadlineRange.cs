namespace DanVan.Domain.Programmes;

/// <summary>The deadlines from <paramref name="First"/> to <paramref name="Last"/>, both included.</summary>
/// <param name="First">The earliest deadline.</param>
/// <param name="Last">The latest deadline, not before <paramref name="First"/>.</param>
public sealed record DeadlineRange(DateOnly First, DateOnly Last)
{
    /// <summary>Whether a deadline lies in the range.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns><c>true</c> from <see cref="First"/> to <see cref="Last"/>.</returns>
    public bool Contains(DateOnly deadline) => deadline >= First && deadline <= Last;
}
