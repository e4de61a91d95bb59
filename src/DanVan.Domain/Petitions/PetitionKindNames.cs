namespace DanVan.Domain.Petitions;

/// <summary>Vietnamese names of <see cref="PetitionKind"/>, and the short codes used in rule data ("KN", "TC", "KNPA").</summary>
public static class PetitionKindNames
{
    /// <summary>The kind's name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>E.g. "Khiếu nại".</returns>
    public static string Of(PetitionKind kind) => kind switch
    {
        PetitionKind.Complaint => "Khiếu nại",
        PetitionKind.Denunciation => "Tố cáo",
        PetitionKind.Recommendation => "Kiến nghị",
        PetitionKind.Feedback => "Phản ánh",
        _ => kind.ToString(),
    };

    /// <summary>The kinds a code of the rule data stands for: KN, TC, KNPA (kiến nghị and phản ánh), or * for all.</summary>
    /// <param name="code">The code.</param>
    /// <param name="kinds">The kinds.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseCode(string? code, out IReadOnlyList<PetitionKind> kinds)
    {
        kinds = code?.Trim().ToUpperInvariant() switch
        {
            "KN" => [PetitionKind.Complaint],
            "TC" => [PetitionKind.Denunciation],
            "KNPA" => [PetitionKind.Recommendation, PetitionKind.Feedback],
            "*" => [PetitionKind.Complaint, PetitionKind.Denunciation, PetitionKind.Recommendation, PetitionKind.Feedback],
            _ => [],
        };
        return kinds.Count > 0;
    }

    /// <summary>Whether the kind is handled under a law with thụ lý (acceptance) and a resolution decision: complaints and denunciations.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it has acceptance and resolution steps.</returns>
    public static bool HasResolutionProcedure(PetitionKind kind) => kind is PetitionKind.Complaint or PetitionKind.Denunciation;
}
