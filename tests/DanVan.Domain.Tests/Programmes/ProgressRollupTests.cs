using System.Globalization;
using DanVan.Domain.Programmes;

namespace DanVan.Domain.Tests.Programmes;

public sealed class ProgressRollupTests
{
    [Theory]
    // A task with no sub-tasks shows its own progress.
    [InlineData(40, "", 40)]
    // With sub-tasks its own figure no longer counts.
    [InlineData(90, "30 InProgress 1", 30)]
    [InlineData(0, "50 InProgress 1, 100 InProgress 1", 75)]
    [InlineData(0, "0 NotStarted 1, 0 Paused 1", 0)]
    // A completed sub-task counts as 100 whatever its figure.
    [InlineData(0, "20 Completed 1, 50 InProgress 1", 75)]
    [InlineData(0, "0 Completed 1, 30 Completed 1", 100)]
    // Cancelled sub-tasks drop out; when all are cancelled the task's own figure stands.
    [InlineData(0, "80 InProgress 1, 0 Cancelled 5", 80)]
    [InlineData(35, "80 Cancelled 1, 100 Cancelled 1", 35)]
    // Weights.
    [InlineData(0, "100 InProgress 3, 0 NotStarted 1", 75)]
    [InlineData(0, "50 InProgress 2, 20 Paused 1", 40)]
    [InlineData(0, "10 Completed 4, 60 InProgress 1, 90 Cancelled 10", 92)]
    // Rounded down: 99.9 shows 99, and only a finished set shows 100.
    [InlineData(0, "0 Completed 9, 99 InProgress 1", 99)]
    [InlineData(0, "100 Completed 1, 100 Completed 1, 99 InProgress 1", 99)]
    public void A_tasks_progress_is_the_weighted_average_of_its_sub_tasks_rounded_down(int own, string subTasks, int expected) =>
        ProgressRollup.Of(own, SubTasks(subTasks)).ShouldBe(expected);

    [Theory]
    [InlineData(101, "")]
    [InlineData(-1, "")]
    [InlineData(0, "101 InProgress 1")]
    [InlineData(0, "50 InProgress 0")]
    [InlineData(0, "50 Cancelled -1")]
    public void Progress_outside_0_to_100_and_weights_below_1_are_refused(int own, string subTasks) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ProgressRollup.Of(own, SubTasks(subTasks)));

    [Fact]
    public void A_tree_rolls_up_level_by_level_from_the_figures_its_sub_tasks_show()
    {
        ProgressNode[] tasks =
        [
            new(1, null, 0, WorkTaskStatus.InProgress),
            new(2, 1, 10, WorkTaskStatus.InProgress),
            new(4, 2, 60, WorkTaskStatus.Completed),
            new(5, 2, 50, WorkTaskStatus.InProgress, Weight: 3),
            new(3, 1, 20, WorkTaskStatus.InProgress),
            new(6, 3, 90, WorkTaskStatus.Cancelled),
        ];

        var progress = ProgressRollup.Tree(tasks);

        // 2: (100 + 3 × 50) / 4 = 62.5 → 62; 3: only a cancelled sub-task, so its own 20; 1: (62 + 20) / 2.
        progress.ShouldBe(new Dictionary<long, int> { [1] = 41, [2] = 62, [3] = 20, [4] = 60, [5] = 50, [6] = 90 }, ignoreOrder: true);
        ProgressRollup.Tree(tasks.Reverse()).ShouldBe(progress, ignoreOrder: true);
    }

    [Fact]
    public void A_task_whose_parent_is_not_in_the_list_is_a_top_task() =>
        ProgressRollup.Tree([new(7, 3, 40, WorkTaskStatus.InProgress), new(8, 7, 70, WorkTaskStatus.InProgress)])
            .ShouldBe(new Dictionary<long, int> { [7] = 70, [8] = 70 }, ignoreOrder: true);

    [Fact]
    public void A_deep_chain_rolls_up_without_recursion()
    {
        var tasks = Enumerable.Range(1, 20_000).Select(id => new ProgressNode(id, id == 1 ? null : id - 1, 0, WorkTaskStatus.InProgress)).ToList();
        tasks[^1] = tasks[^1] with { Progress = 55 };

        ProgressRollup.Tree(tasks)[1].ShouldBe(55);
    }

    [Theory]
    [InlineData("1>1")]
    [InlineData("1>2, 2>1")]
    [InlineData("1>, 2>1, 3>4, 4>5, 5>3")]
    [InlineData("1>3, 2>1, 3>2, 4>2")]
    public void Tasks_that_are_each_others_sub_tasks_are_refused(string links) =>
        Should.Throw<ArgumentException>(() => ProgressRollup.Tree(Links(links))).Message.ShouldContain("nhiệm vụ con của chính nó");

    [Fact]
    public void Two_tasks_with_one_id_are_refused() =>
        Should.Throw<ArgumentException>(() => ProgressRollup.Tree([new(1, null, 0, WorkTaskStatus.InProgress), new(1, null, 0, WorkTaskStatus.Paused)]))
            .Message.ShouldContain("hai lần");

    // "50 InProgress 2, 100 Completed 1": progress, status, weight.
    private static IEnumerable<SubTaskProgress> SubTasks(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' '))
            .Select(p => new SubTaskProgress(int.Parse(p[0], CultureInfo.InvariantCulture), Enum.Parse<WorkTaskStatus>(p[1]), int.Parse(p[2], CultureInfo.InvariantCulture)));

    // "2>1, 1>": task > parent.
    private static IEnumerable<ProgressNode> Links(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('>'))
            .Select(p => new ProgressNode(
                int.Parse(p[0], CultureInfo.InvariantCulture),
                p[1].Length == 0 ? null : int.Parse(p[1], CultureInfo.InvariantCulture),
                0,
                WorkTaskStatus.InProgress));
}
