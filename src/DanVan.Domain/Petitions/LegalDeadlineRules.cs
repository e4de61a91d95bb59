using System.Globalization;
using DanVan.Domain.Calendar;
using DanVan.Domain.Text;

namespace DanVan.Domain.Petitions;

/// <summary>
/// The legal time limits in force, from <c>Rules/deadline-rules.csv</c> (one row per version of a
/// rule, with its citation and effective period; sources in <c>docs/legal-rules.md</c>). A new law
/// or decree is a new row whose <c>effective_from</c> is the day it takes effect, with an
/// <c>effective_to</c> put on the row it replaces: cases whose step began earlier keep the old rule.
/// </summary>
public static class LegalDeadlineRules
{
    private static readonly Lazy<DeadlineRuleBook> Loaded = new(() =>
    {
        using var stream = typeof(LegalDeadlineRules).Assembly.GetManifestResourceStream("DanVan.Rules.deadline-rules.csv")
            ?? throw new InvalidOperationException("The deadline rules are not embedded.");
        using var reader = new StreamReader(stream);
        return new DeadlineRuleBook(Parse(reader));
    });

    /// <summary>The rules shipped with the product.</summary>
    public static DeadlineRuleBook Book => Loaded.Value;

    /// <summary>Reads rules in the CSV layout of <c>deadline-rules.csv</c>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The rules, in file order.</returns>
    /// <exception cref="FormatException">A row that cannot be read, with its line.</exception>
    public static IReadOnlyList<DeadlineRule> Parse(TextReader reader)
    {
        var table = CsvTable.Read(reader);
        var rules = new List<DeadlineRule>();
        foreach (var (line, row) in table.Rows)
        {
            string Text(string column) => table.Get(row, column).Trim();
            int? Number(string column) => Text(column) is { Length: > 0 } text
                ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Bad(line, column, text)
                : null;
            DateOnly? Day(string column) => Text(column) is { Length: > 0 } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : throw Bad(line, column, text)
                : null;

            if (!PetitionKindNames.TryParseCode(Text("kinds"), out var kinds))
            {
                throw Bad(line, "kinds", Text("kinds"));
            }

            if (!Enum.TryParse<DeadlineStep>(Text("step"), ignoreCase: false, out var step) || !Enum.IsDefined(step))
            {
                throw Bad(line, "step", Text("step"));
            }

            if (!DayTypeNames.TryParse(Text("day_type"), out var dayType))
            {
                throw Bad(line, "day_type", Text("day_type"));
            }

            if (!Enum.TryParse<RuleCertainty>(Text("certainty"), ignoreCase: true, out var certainty) || !Enum.IsDefined(certainty))
            {
                throw Bad(line, "certainty", Text("certainty"));
            }

            var code = Text("code");
            var citation = Text("citation");
            if (code.Length == 0 || citation.Length == 0 || Text("title").Length == 0)
            {
                throw new FormatException($"Line {line}: code, title and citation are required.");
            }

            var rule = new DeadlineRule(
                code, kinds, step, Number("round"), Text("title"), Number("days"), dayType,
                Number("complex_days"), Number("remote_days"), Number("remote_complex_days"), Number("extension_days"),
                Number("complex_extensions") ?? 0, Number("especially_complex_extensions") ?? 0,
                Day("effective_from"), Day("effective_to"), citation, certainty, Text("note") is { Length: > 0 } note ? note : null);
            if (rule.EffectiveFrom > rule.EffectiveTo)
            {
                throw new FormatException($"Line {line}: effective_from is after effective_to.");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static FormatException Bad(int line, string column, string text) => new($"Line {line}: '{text}' is not a valid {column}.");
}
