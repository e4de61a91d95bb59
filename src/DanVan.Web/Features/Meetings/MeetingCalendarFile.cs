using System.Globalization;
using System.Text;
using DanVan.Data.Meetings;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// Meetings as an iCalendar file (RFC 5545) that Outlook, Google Calendar and phones open or
/// subscribe to. Times are written in UTC from Vietnam's wall-clock time (UTC+7, no daylight saving).
/// </summary>
public static class MeetingCalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>One event per meeting, with a link back to it.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="meetings">The meetings.</param>
    /// <param name="baseUrl">The site's address, for the links and the events' ids.</param>
    /// <param name="stamp">When the file is made.</param>
    public static string Write(string name, IEnumerable<MeetingRow> meetings, Uri baseUrl, DateTime stamp)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//DanVan//Lich hoi nghi//VI");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(name));
        Line(text, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        foreach (var m in meetings)
        {
            var link = new Uri(baseUrl, $"/Meetings/Details/{m.Id}");
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:meeting-{m.Id}@{baseUrl.Host}");
            Line(text, "DTSTAMP:" + Utc(stamp));
            Line(text, "DTSTART:" + Utc(m.StartsAt - VietnamOffset));
            Line(text, "DTEND:" + Utc(m.EndsAt - VietnamOffset));
            Line(text, "SUMMARY:" + Escape(m.Title));
            Line(text, "LOCATION:" + Escape(m.Place));
            Line(text, "DESCRIPTION:" + Escape($"{m.TypeName} – {m.HostName}\n{link}"));
            Line(text, "URL:" + link);
            Line(text, "STATUS:" + (m.IsCancelled ? "CANCELLED" : "CONFIRMED"));
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);

    // Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
