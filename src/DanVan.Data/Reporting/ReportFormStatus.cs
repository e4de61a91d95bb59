namespace DanVan.Data.Reporting;

/// <summary>Whether a form version can be changed or filled.</summary>
public enum ReportFormStatus
{
    /// <summary>Being defined; nobody fills it yet.</summary>
    Draft = 0,

    /// <summary>In use: organisations fill it; its indicators no longer change.</summary>
    Published = 1,

    /// <summary>Replaced by a later version; its reports stay readable.</summary>
    Retired = 2,
}
