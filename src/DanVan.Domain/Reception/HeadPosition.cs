namespace DanVan.Domain.Reception;

/// <summary>Who received citizens or held a dialogue, by the position that carries the legal duty.</summary>
public enum HeadPosition
{
    /// <summary>Bí thư cấp ủy: head of a party committee (Quy định 11-QĐi/TW).</summary>
    PartySecretary = 1,

    /// <summary>Chủ tịch Ủy ban nhân dân (Luật Tiếp công dân 2013, Điều 12, 13, 15).</summary>
    PeopleCommitteeChair = 2,

    /// <summary>Thủ trưởng cơ quan, đơn vị: head of any other body (Luật Tiếp công dân 2013, Điều 18).</summary>
    AgencyHead = 3,

    /// <summary>Cấp phó hoặc cán bộ được giao: a deputy or an officer; never meets a head's duty.</summary>
    DeputyOrDelegate = 4,

    /// <summary>Thường trực Hội đồng nhân dân: the standing committee of a People's Council (its chair or vice-chair), a duty added by Luật 136/2025/QH15.</summary>
    CouncilStanding = 5,
}
