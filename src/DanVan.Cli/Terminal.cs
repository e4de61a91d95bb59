using System.Globalization;
using DanVan.Data.Seeding;
using Spectre.Console;

namespace DanVan.Cli;

/// <summary>What the commands show: Vietnamese messages, progress on long work, errors on stderr.</summary>
internal static class Terminal
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    // Redirected output (CI logs, files) gets no 80-column wrapping in the middle of a message.
    private const int RedirectedWidth = 200;

    private static IAnsiConsole ErrorConsole { get; } = CreateErrorConsole();

    /// <summary>Stops Spectre from wrapping at 80 columns when stdout is not a terminal.</summary>
    public static void Configure()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
    }

    public static void Error(string message) => ErrorConsole.MarkupLine($"[red]{Markup.Escape(message)}[/]");

    public static void Success(string message) => AnsiConsole.MarkupLine($"[green]{Markup.Escape(message)}[/]");

    public static void Info(string message) => AnsiConsole.WriteLine(message);

    /// <summary>Formats with Vietnamese digit grouping: 20.131.</summary>
    public static string Format(FormattableString text) => text.ToString(Vietnamese);

    /// <summary>Runs work under a spinner whose text follows the work's stages.</summary>
    public static Task<T> StatusAsync<T>(string initial, Func<IProgress<string>, Task<T>> work) =>
        AnsiConsole.Status().StartAsync(Markup.Escape(initial), context =>
            work(new SyncProgress<string>(stage => context.Status(Markup.Escape(stage)))));

    /// <summary>Runs a scale seeding under a progress bar.</summary>
    public static Task<T> SeedProgressAsync<T>(Func<IProgress<ScaleSeedProgress>, Task<T>> work) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Tổ chức", autoStart: true, maxValue: 1);
                var result = await work(new SyncProgress<ScaleSeedProgress>(p =>
                {
                    task.Description = Markup.Escape(p.Stage);
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
                return result;
            });

    /// <summary>Shows new accounts and their passwords, once: they are stored only as hashes.</summary>
    public static void Accounts(IReadOnlyCollection<(string UserName, string Password)> accounts)
    {
        if (accounts.Count == 0)
        {
            return;
        }

        var table = new Table()
            .Title("Tài khoản đã tạo (mật khẩu chỉ hiển thị một lần)")
            .AddColumn("Tên đăng nhập")
            .AddColumn("Mật khẩu");
        foreach (var (userName, password) in accounts)
        {
            table.AddRow(Markup.Escape(userName), Markup.Escape(password));
        }

        AnsiConsole.Write(table);
    }

    private static IAnsiConsole CreateErrorConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
