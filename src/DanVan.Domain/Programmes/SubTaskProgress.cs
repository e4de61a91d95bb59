namespace DanVan.Domain.Programmes;

/// <summary>A sub-task as its parent counts it in <see cref="ProgressRollup"/>.</summary>
/// <param name="Progress">Its progress in percent, 0–100 (for a task with sub-tasks of its own, their roll-up).</param>
/// <param name="Status">Its status: a completed sub-task counts as 100, a cancelled one not at all.</param>
/// <param name="Weight">How much it counts against its siblings, 1 or more.</param>
public readonly record struct SubTaskProgress(int Progress, WorkTaskStatus Status, int Weight = 1);
