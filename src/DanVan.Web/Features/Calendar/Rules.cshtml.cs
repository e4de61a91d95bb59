using DanVan.Domain.Petitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Calendar;

/// <summary>The legal time limits the petition clock uses, each version with its citation and effective period.</summary>
public sealed class RulesModel : PageModel
{
    public IReadOnlyList<DeadlineRule> Rules { get; } = LegalDeadlineRules.Book.Rules;

    public static string KindsOf(DeadlineRule rule) =>
        rule.Kinds.Count == Enum.GetValues<PetitionKind>().Length ? "Mọi loại đơn" : string.Join(", ", rule.Kinds.Select(PetitionKindNames.Of));

    public static (string Text, string Css) CertaintyOf(RuleCertainty certainty) => certainty switch
    {
        RuleCertainty.Confirmed => ("Đã đối chiếu văn bản", "text-bg-success"),
        RuleCertainty.Secondary => ("Theo nguồn thứ cấp, cần đối chiếu", "text-bg-warning"),
        _ => ("Chưa xác định điều khoản", "text-bg-secondary"),
    };
}
