namespace DanVan.Data.Reception;

/// <summary>The longest texts reception sessions and dialogues keep.</summary>
public static class ReceptionLimits
{
    public const int PlaceLength = 300;
    public const int NameLength = 200;
    public const int TopicLength = 300;
    public const int ReasonLength = 1000;
    public const int ParticipantsLength = 2000;
    public const int TextLength = 8000;
    public const int MaxPeople = 100_000;
}
