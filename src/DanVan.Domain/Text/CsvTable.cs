using System.Text;

namespace DanVan.Domain.Text;

/// <summary>
/// A small RFC 4180 reader for the official CSV lists: a header row, then rows whose fields may be
/// quoted (with "" for a quote inside). Fields are read by column name.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<(int Line, string[] Fields)> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
    }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows with their line numbers in the file (the header is line 1).</summary>
    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Whether the file has a column of this name.</summary>
    /// <param name="column">The column name.</param>
    /// <returns><c>true</c> when present.</returns>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>A row's value in a column, or the empty string when the column or field is missing.</summary>
    /// <param name="row">The row's fields.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The field's text.</returns>
    public string Get(string[] row, string column) =>
        _columns.TryGetValue(column, out var index) && index < row.Length ? row[index] : string.Empty;

    /// <summary>Reads the whole text; an empty file has an empty header.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The table.</returns>
    public static CsvTable Read(TextReader reader)
    {
        var records = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRecord(records, fields, recordLine);
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRecord(records, fields, recordLine);
        }

        if (records.Count == 0)
        {
            return new CsvTable([], []);
        }

        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        return new CsvTable(header, records.Skip(1).ToList());
    }

    private static void AddRecord(List<(int Line, string[] Fields)> records, List<string> fields, int line)
    {
        if (!(fields.Count == 1 && fields[0].Length == 0))
        {
            records.Add((line, fields.ToArray()));
        }

        fields.Clear();
    }
}
