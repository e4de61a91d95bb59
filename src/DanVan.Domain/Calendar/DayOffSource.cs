namespace DanVan.Domain.Calendar;

/// <summary>Why a day is off.</summary>
public enum DayOffSource
{
    /// <summary>A public holiday of Bộ luật Lao động 2019, Art. 112(1).</summary>
    Holiday = 1,

    /// <summary>The make-up day for a holiday that falls on a weekend (Art. 111(3)).</summary>
    InLieu = 2,

    /// <summary>An extra day off the Government announced for the year.</summary>
    Official = 3,
}
