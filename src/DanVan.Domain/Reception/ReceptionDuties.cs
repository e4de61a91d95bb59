using System.Globalization;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Domain.Text;

namespace DanVan.Domain.Reception;

/// <summary>
/// The reception duties of heads, from <c>Rules/reception-duties.csv</c> (one row per version of a
/// duty, with its citation and effective period; see <c>docs/reception.md</c>). A change in the
/// law is a new row from the day it takes effect and an <c>effective_to</c> on the row it replaces.
/// </summary>
public static class ReceptionDuties
{
    private static readonly Lazy<ReceptionDutyBook> Loaded = new(() =>
    {
        using var stream = typeof(ReceptionDuties).Assembly.GetManifestResourceStream("DanVan.Rules.reception-duties.csv")
            ?? throw new InvalidOperationException("The reception duties are not embedded.");
        using var reader = new StreamReader(stream);
        return new ReceptionDutyBook(Parse(reader));
    });

    /// <summary>The duties shipped with the product.</summary>
    public static ReceptionDutyBook Book => Loaded.Value;

    /// <summary>Reads duties in the CSV layout of <c>reception-duties.csv</c>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The duties, in file order.</returns>
    /// <exception cref="FormatException">A row that cannot be read, with its line.</exception>
    public static IReadOnlyList<ReceptionDuty> Parse(TextReader reader)
    {
        var table = CsvTable.Read(reader);
        var duties = new List<ReceptionDuty>();
        foreach (var (line, row) in table.Rows)
        {
            string Text(string column) => table.Get(row, column).Trim();
            DateOnly? Day(string column) => Text(column) is { Length: > 0 } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : throw Bad(line, column, text)
                : null;

            HeadPosition? position = null;
            if (!Text("position").Equals("any", StringComparison.OrdinalIgnoreCase))
            {
                position = HeadPositionNames.TryParse(Text("position"), out var read) && HeadPositionNames.IsHead(read) ? read : throw Bad(line, "position", Text("position"));
            }

            OrganizationLevel? level = Text("level").ToUpperInvariant() switch
            {
                "ANY" => null,
                "PROVINCE" => OrganizationLevel.Province,
                "DISTRICT" => OrganizationLevel.District,
                "COMMUNE" => OrganizationLevel.Commune,
                "CENTRAL" => OrganizationLevel.Central,
                _ => throw Bad(line, "level", Text("level")),
            };
            var frequency = Text("frequency").ToUpperInvariant() switch
            {
                "MONTH" => DutyFrequency.PerMonth,
                "WEEK" => DutyFrequency.PerWeek,
                "WHEN_NEEDED" => DutyFrequency.WhenNeeded,
                "NOT_SET" => DutyFrequency.NotSet,
                _ => throw Bad(line, "frequency", Text("frequency")),
            };
            int? minimum = null;
            if (frequency is DutyFrequency.PerMonth or DutyFrequency.PerWeek)
            {
                minimum = int.TryParse(Text("minimum_days"), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1 && days <= (frequency == DutyFrequency.PerWeek ? 7 : 31)
                    ? days
                    : throw Bad(line, "minimum_days", Text("minimum_days"));
            }
            else if (Text("minimum_days").Length > 0)
            {
                throw new FormatException($"Line {line}: a duty {Text("frequency")} has no minimum_days.");
            }

            if (position is null && frequency != DutyFrequency.WhenNeeded)
            {
                throw new FormatException($"Line {line}: only a duty when_needed binds any head.");
            }

            if (!Enum.TryParse<RuleCertainty>(Text("certainty"), ignoreCase: true, out var certainty) || !Enum.IsDefined(certainty) || Text("certainty").Any(char.IsAsciiDigit))
            {
                throw Bad(line, "certainty", Text("certainty"));
            }

            if (Text("code").Length == 0 || Text("title").Length == 0 || Text("citation").Length == 0)
            {
                throw new FormatException($"Line {line}: code, title and citation are required.");
            }

            var duty = new ReceptionDuty(
                Text("code"), Text("title"), position, level, frequency, minimum, Day("effective_from"), Day("effective_to"),
                Text("citation"), certainty, Text("note") is { Length: > 0 } note ? note : null);
            if (duty.EffectiveFrom > duty.EffectiveTo)
            {
                throw new FormatException($"Line {line}: effective_from is after effective_to.");
            }

            duties.Add(duty);
        }

        return duties;
    }

    private static FormatException Bad(int line, string column, string text) => new($"Line {line}: '{text}' is not a valid {column}.");
}
