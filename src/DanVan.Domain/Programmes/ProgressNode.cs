namespace DanVan.Domain.Programmes;

/// <summary>One task of a tree whose progress <see cref="ProgressRollup.Tree"/> rolls up.</summary>
/// <param name="Id">The task.</param>
/// <param name="ParentId">The task it is a sub-task of; <c>null</c>, or a task not in the tree, for a top task.</param>
/// <param name="Progress">Its own progress in percent, 0–100, as last reported.</param>
/// <param name="Status">Its status.</param>
/// <param name="Weight">How much it counts against its siblings, 1 or more.</param>
public sealed record ProgressNode(long Id, long? ParentId, int Progress, WorkTaskStatus Status, int Weight = 1);
