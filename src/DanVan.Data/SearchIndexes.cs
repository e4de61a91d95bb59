namespace DanVan.Data;

/// <summary>Names of the indexes over folded name columns; PostgreSQL makes them trigram indexes.</summary>
public static class SearchIndexes
{
    public const string AdminUnitName = "IX_AdminUnits_NameFolded";

    public const string OrganizationName = "IX_Organizations_NameFolded";

    public const string MeetingTitle = "IX_Meetings_TitleFolded";

    public const string WorkTaskTitle = "IX_WorkTasks_TitleFolded";

    public const string ExemplaryModelText = "IX_ExemplaryModels_SearchFolded";
}
