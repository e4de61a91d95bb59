namespace DanVan.Domain.Reception;

/// <summary>Vietnamese names of <see cref="HeadPosition"/>, the codes used in duty data, and the head of each kind of organisation.</summary>
public static class HeadPositionNames
{
    /// <summary>The organisation type code of a party committee (Đảng ủy, Tỉnh ủy).</summary>
    public const string PartyCommitteeType = "DANG_UY";

    /// <summary>The organisation type code of a People's Committee.</summary>
    public const string PeopleCommitteeType = "UBND";

    /// <summary>The organisation type code of a People's Council (Hội đồng nhân dân).</summary>
    public const string PeopleCouncilType = "HDND";

    /// <summary>The position's name.</summary>
    /// <param name="position">The position.</param>
    /// <returns>E.g. "Bí thư cấp ủy".</returns>
    public static string Of(HeadPosition position) => position switch
    {
        HeadPosition.PartySecretary => "Bí thư cấp ủy",
        HeadPosition.PeopleCommitteeChair => "Chủ tịch UBND",
        HeadPosition.AgencyHead => "Thủ trưởng cơ quan, đơn vị",
        HeadPosition.DeputyOrDelegate => "Cấp phó hoặc cán bộ được giao",
        HeadPosition.CouncilStanding => "Thường trực HĐND",
        _ => position.ToString(),
    };

    /// <summary>Whether the position is a head's (a deputy's or an officer's is not).</summary>
    /// <param name="position">The position.</param>
    /// <returns><c>true</c> for a head.</returns>
    public static bool IsHead(HeadPosition position) =>
        position is HeadPosition.PartySecretary or HeadPosition.PeopleCommitteeChair or HeadPosition.AgencyHead or HeadPosition.CouncilStanding;

    /// <summary>
    /// The position of the head of an organisation of a type: the secretary of a party committee,
    /// the chair of a People's Committee, the standing committee of a People's Council, the head
    /// (thủ trưởng) of anything else.
    /// </summary>
    /// <param name="organizationTypeCode">The organisation type's code, e.g. "DANG_UY".</param>
    /// <returns>The head's position.</returns>
    public static HeadPosition HeadOf(string? organizationTypeCode) => organizationTypeCode?.Trim().ToUpperInvariant() switch
    {
        PartyCommitteeType => HeadPosition.PartySecretary,
        PeopleCommitteeType => HeadPosition.PeopleCommitteeChair,
        PeopleCouncilType => HeadPosition.CouncilStanding,
        _ => HeadPosition.AgencyHead,
    };

    /// <summary>Reads a position as written in duty data and sent over the API: its English name, any case.</summary>
    /// <param name="text">The text, e.g. "PartySecretary".</param>
    /// <param name="position">The position read.</param>
    /// <returns>Whether the text names a position.</returns>
    public static bool TryParse(string? text, out HeadPosition position)
    {
        position = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && !trimmed.Any(char.IsAsciiDigit) && !trimmed.StartsWith('-')
            && Enum.TryParse(trimmed, ignoreCase: true, out position) && Enum.IsDefined(position);
    }
}
