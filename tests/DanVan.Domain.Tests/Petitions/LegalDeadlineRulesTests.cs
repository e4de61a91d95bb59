using DanVan.Domain.Calendar;
using DanVan.Domain.Petitions;

namespace DanVan.Domain.Tests.Petitions;

public sealed class LegalDeadlineRulesTests
{
    [Fact]
    public void Every_rule_of_the_legal_table_is_shipped_with_its_citation()
    {
        var codes = LegalDeadlineRules.Book.Rules.Select(r => r.Code).Distinct().Order(StringComparer.Ordinal).ToList();

        codes.ShouldBe(
        [
            "DANG-1", "DANG-2", "KN-1", "KN-2", "KN-3", "KN-4", "KN-5", "KN-6", "KN-7", "KN-8", "PAKN-1",
            "TC-1", "TC-2", "TC-3", "TC-4", "TC-5", "TCD-1", "TCD-2", "TCD-3", "XLD-1", "XLD-2",
        ]);
        LegalDeadlineRules.Book.Rules.ShouldAllBe(r => r.Citation.Length > 0 && r.Title.Length > 0);
    }

    [Fact]
    public void The_versions_of_a_rule_never_overlap()
    {
        foreach (var versions in LegalDeadlineRules.Book.Rules.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            var ordered = versions.OrderBy(r => r.EffectiveFrom ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                ordered[i - 1].EffectiveTo.ShouldNotBeNull();
                ordered[i].EffectiveFrom.ShouldBe(ordered[i - 1].EffectiveTo!.Value.AddDays(1), versions.Key);
            }
        }
    }

    [Theory]
    [InlineData(DeadlineStep.Acceptance, PetitionKind.Complaint, 1, "2026-06-30", "KN-2", 10)]
    [InlineData(DeadlineStep.Acceptance, PetitionKind.Complaint, 2, "2026-07-01", "KN-2", 7)]
    [InlineData(DeadlineStep.Resolution, PetitionKind.Complaint, 1, "2026-07-01", "KN-3", 30)]
    [InlineData(DeadlineStep.Resolution, PetitionKind.Complaint, 2, "2026-07-01", "KN-5", 45)]
    [InlineData(DeadlineStep.Acceptance, PetitionKind.Denunciation, 1, "2026-07-01", "TC-1", 7)]
    [InlineData(DeadlineStep.Resolution, PetitionKind.Denunciation, 1, "2026-07-01", "TC-4", 30)]
    [InlineData(DeadlineStep.Handling, PetitionKind.Feedback, 1, "2026-07-01", "XLD-1", 10)]
    [InlineData(DeadlineStep.Forwarding, PetitionKind.Recommendation, 1, "2026-07-01", "PAKN-1", 5)]
    [InlineData(DeadlineStep.Forwarding, PetitionKind.Denunciation, 1, "2026-07-01", "TC-2", 5)]
    public void The_book_finds_the_rule_for_a_step(DeadlineStep step, PetitionKind kind, int round, string began, string code, int days)
    {
        var rule = LegalDeadlineRules.Book.Find(step, kind, round, DateOnly.Parse(began, System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();

        (rule.Code, rule.Days).ShouldBe((code, (int?)days));
    }

    [Fact]
    public void Nothing_governs_resolving_a_recommendation() =>
        LegalDeadlineRules.Book.Find(DeadlineStep.Resolution, PetitionKind.Recommendation, 1, new DateOnly(2026, 7, 1)).ShouldBeNull();

    [Theory]
    [InlineData("KN-3", "30 ngày (phức tạp: 45 ngày; vùng sâu, vùng xa: 45 ngày, phức tạp 60 ngày)")]
    [InlineData("TC-1", "7 ngày làm việc (phức tạp: 10 ngày làm việc)")]
    [InlineData("TC-4", "30 ngày (gia hạn mỗi lần tối đa 30 ngày: phức tạp 1 lần, đặc biệt phức tạp 2 lần)")]
    [InlineData("TC-5", "Không tính thời hạn")]
    public void A_rule_describes_its_limit_in_Vietnamese(string code, string text) =>
        LegalDeadlineRules.Book.Rules.First(r => r.Code == code).Describe().ShouldBe(text);

    [Theory]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation\nX-1,ZZ,Handling,,T,1,working,confirmed,C", "kinds")]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation\nX-1,KN,Later,,T,1,working,confirmed,C", "step")]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation\nX-1,KN,Handling,,T,ten,working,confirmed,C", "days")]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation\nX-1,KN,Handling,,T,1,weekly,confirmed,C", "day_type")]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation,effective_from,effective_to\nX-1,KN,Handling,,T,1,working,confirmed,C,2026-07-01,2026-06-30", "after")]
    [InlineData("code,kinds,step,round,title,days,day_type,certainty,citation\nX-1,KN,Handling,,T,1,working,confirmed,", "required")]
    public void A_bad_row_is_refused_with_its_line(string csv, string problem)
    {
        var error = Should.Throw<FormatException>(() => LegalDeadlineRules.Parse(new StringReader(csv)));

        error.Message.ShouldContain("Line 2");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void Day_types_read_as_stored()
    {
        DayTypeNames.TryParse("Working", out var working).ShouldBeTrue();
        working.ShouldBe(DayType.Working);
        DayTypeNames.TryParse("lịch", out _).ShouldBeFalse();
    }
}
