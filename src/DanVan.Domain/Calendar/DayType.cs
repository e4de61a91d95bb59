namespace DanVan.Domain.Calendar;

/// <summary>How a legal time limit counts its days.</summary>
public enum DayType
{
    /// <summary>"ngày": every day counts; a limit whose last day is a day off ends on the next working day (Bộ luật Dân sự 2015, Art. 148(5)).</summary>
    Calendar = 1,

    /// <summary>"ngày làm việc": only working days count.</summary>
    Working = 2,
}
