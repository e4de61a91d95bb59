namespace DanVan.Domain.Programmes;

/// <summary>
/// How a task's progress rolls up from its sub-tasks (tiến độ tổng hợp). A task with sub-tasks
/// shows the weighted average of those not cancelled, a completed one counting as 100 whatever its
/// own figure, rounded down: 99.9 shows 99, so 100 means every counted sub-task is completed or at 100. Over
/// several levels a task averages the figures its sub-tasks show, themselves rounded down. A task
/// with no sub-tasks, or only cancelled ones, shows its own progress. A task's own status does not
/// change the figure it shows; it matters only to its parent.
/// </summary>
public static class ProgressRollup
{
    /// <summary>A finished task's progress.</summary>
    public const int Complete = 100;

    /// <summary>A task's progress from its direct sub-tasks.</summary>
    /// <param name="ownProgress">The task's own progress, 0–100: the answer when no sub-task counts.</param>
    /// <param name="subTasks">Its direct sub-tasks, each with its own progress or roll-up.</param>
    /// <returns>The progress in percent, 0–100.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A progress outside 0–100 or a weight below 1.</exception>
    public static int Of(int ownProgress, IEnumerable<SubTaskProgress> subTasks)
    {
        ArgumentNullException.ThrowIfNull(subTasks);
        CheckProgress(ownProgress, nameof(ownProgress));
        long weighted = 0, weights = 0;
        foreach (var subTask in subTasks)
        {
            CheckProgress(subTask.Progress, nameof(subTasks));
            CheckWeight(subTask.Weight, nameof(subTasks));
            if (subTask.Status == WorkTaskStatus.Cancelled)
            {
                continue;
            }

            weighted += (long)subTask.Weight * (subTask.Status == WorkTaskStatus.Completed ? Complete : subTask.Progress);
            weights += subTask.Weight;
        }

        return weights == 0 ? ownProgress : (int)(weighted / weights);
    }

    /// <summary>The progress of every task of a tree (or several), rolled up from the leaves.</summary>
    /// <param name="tasks">The tasks, in any order.</param>
    /// <returns>Each task's progress by its id.</returns>
    /// <exception cref="ArgumentException">Two tasks with one id, or tasks that are each other's sub-tasks (a cycle).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A progress outside 0–100 or a weight below 1.</exception>
    public static IReadOnlyDictionary<long, int> Tree(IEnumerable<ProgressNode> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var byId = new Dictionary<long, ProgressNode>();
        foreach (var task in tasks)
        {
            if (!byId.TryAdd(task.Id, task))
            {
                throw new ArgumentException($"Nhiệm vụ {task.Id} xuất hiện hai lần.", nameof(tasks));
            }
        }

        var children = byId.Values
            .Where(t => t.ParentId is { } parent && byId.ContainsKey(parent))
            .ToLookup(t => t.ParentId!.Value);
        var progress = new Dictionary<long, int>(byId.Count);
        var path = new HashSet<long>();
        var stack = new Stack<(long Id, bool ChildrenDone)>();
        foreach (var start in byId.Keys)
        {
            stack.Push((start, false));
            while (stack.Count > 0)
            {
                var (id, childrenDone) = stack.Pop();
                if (childrenDone)
                {
                    path.Remove(id);
                    progress[id] = Of(byId[id].Progress, children[id].Select(c => new SubTaskProgress(progress[c.Id], c.Status, c.Weight)));
                    continue;
                }

                if (progress.ContainsKey(id))
                {
                    continue;
                }

                // Every task has one parent, so meeting a task again on the way down means a cycle.
                if (!path.Add(id))
                {
                    throw new ArgumentException($"Nhiệm vụ {id} là nhiệm vụ con của chính nó.", nameof(tasks));
                }

                stack.Push((id, true));
                foreach (var child in children[id])
                {
                    stack.Push((child.Id, false));
                }
            }
        }

        return progress;
    }

    private static void CheckProgress(int progress, string name)
    {
        if (progress is < 0 or > Complete)
        {
            throw new ArgumentOutOfRangeException(name, progress, "Tiến độ phải từ 0 đến 100%.");
        }
    }

    private static void CheckWeight(int weight, string name)
    {
        if (weight < 1)
        {
            throw new ArgumentOutOfRangeException(name, weight, "Trọng số phải từ 1 trở lên.");
        }
    }
}
