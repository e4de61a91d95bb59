namespace DanVan.Domain.Meetings;

/// <summary>How people take part in a meeting.</summary>
public enum MeetingMode
{
    /// <summary>Trực tiếp: everyone in one room.</summary>
    InPerson = 1,

    /// <summary>Trực tuyến: bridge points connected by video.</summary>
    Online = 2,

    /// <summary>Trực tiếp kết hợp trực tuyến: a main hall and bridge points.</summary>
    Hybrid = 3,
}
