namespace DanVan.Domain.Petitions;

/// <summary>The four kinds of đơn thư, each with its own law and time limits.</summary>
public enum PetitionKind
{
    /// <summary>Khiếu nại (Luật Khiếu nại 2011).</summary>
    Complaint = 1,

    /// <summary>Tố cáo (Luật Tố cáo 2018); the denouncer's identity is confidential.</summary>
    Denunciation = 2,

    /// <summary>Kiến nghị.</summary>
    Recommendation = 3,

    /// <summary>Phản ánh.</summary>
    Feedback = 4,
}
