namespace DanVan.Domain.Campaigns;

/// <summary>What kind of campaign (phong trào, cuộc vận động) an organisation runs.</summary>
public enum CampaignKind
{
    /// <summary>Phong trào thi đua.</summary>
    EmulationMovement = 1,

    /// <summary>Cuộc vận động.</summary>
    Drive = 2,

    /// <summary>Chăm lo Tết (visits and gifts around the Lunar New Year).</summary>
    TetCare = 3,

    /// <summary>Hỗ trợ, cứu trợ (relief after a disaster, welfare support).</summary>
    Relief = 4,
}

/// <summary>The Vietnamese names of campaign kinds.</summary>
public static class CampaignKindNames
{
    /// <summary>The kind's Vietnamese name.</summary>
    public static string Of(CampaignKind kind) => kind switch
    {
        CampaignKind.EmulationMovement => "Phong trào thi đua",
        CampaignKind.Drive => "Cuộc vận động",
        CampaignKind.TetCare => "Chăm lo Tết",
        CampaignKind.Relief => "Hỗ trợ, cứu trợ",
        _ => kind.ToString(),
    };

    /// <summary>Reads a kind by its English name, refusing numbers and unknown names.</summary>
    public static bool TryParse(string? text, out CampaignKind kind)
    {
        kind = default;
        return !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
