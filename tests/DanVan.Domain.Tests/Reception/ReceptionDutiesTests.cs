using System.Globalization;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reception;

namespace DanVan.Domain.Tests.Reception;

public sealed class ReceptionDutiesTests
{
    [Fact]
    public void Every_duty_of_the_legal_table_is_shipped_with_its_citation()
    {
        var book = ReceptionDuties.Book;

        book.Duties.Select(d => d.Code).ShouldBe(["TD-1", "TD-2", "TD-3", "TD-4", "TD-5", "TD-6", "TD-7", "TD-8"]);
        book.Duties.ShouldAllBe(d => d.Citation.Length > 0 && d.Title.Length > 0);
        book.Duties.Where(d => d.Frequency is DutyFrequency.PerMonth or DutyFrequency.PerWeek).ShouldAllBe(d => d.MinimumDays >= 1);
        book.Duties.Where(d => d.Frequency is DutyFrequency.WhenNeeded or DutyFrequency.NotSet).ShouldAllBe(d => d.MinimumDays == null);
        book.Duties.Where(d => d.Position == HeadPosition.PartySecretary).ShouldAllBe(d => d.Citation.Contains("11-QĐi/TW") && d.Citation.Contains("215-KL/TW"));
        book.Duties.Where(d => d.Position != HeadPosition.PartySecretary).ShouldAllBe(d => d.Citation.StartsWith("Luật Tiếp công dân 2013"));
        book.Duties.Single(d => d.Position == HeadPosition.CouncilStanding).Citation.ShouldContain("136/2025/QH15");
        book.Duties.Single(d => d.Position is null).Citation.ShouldContain("Điều 18(3)");
    }

    [Fact]
    public void The_versions_of_a_duty_never_overlap()
    {
        foreach (var versions in ReceptionDuties.Book.Duties.GroupBy(d => (d.Position, d.Level)).Where(g => g.Count() > 1))
        {
            var ordered = versions.OrderBy(d => d.EffectiveFrom ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                ordered[i].EffectiveFrom.ShouldBe(ordered[i - 1].EffectiveTo!.Value.AddDays(1), versions.Key.ToString());
            }
        }
    }

    [Theory]
    [InlineData(HeadPosition.PartySecretary, OrganizationLevel.Province, "2026-03-01", "TD-1", 1, DutyFrequency.PerMonth, "Điều 4(1)")]
    [InlineData(HeadPosition.PartySecretary, OrganizationLevel.Commune, "2026-03-01", "TD-2", 2, DutyFrequency.PerMonth, "Điều 4(1)")]
    [InlineData(HeadPosition.PeopleCommitteeChair, OrganizationLevel.Province, "2026-03-01", "TD-3", 1, DutyFrequency.PerMonth, "Điều 12(5)")]
    [InlineData(HeadPosition.PeopleCommitteeChair, OrganizationLevel.District, "2025-06-01", "TD-4", 2, DutyFrequency.PerMonth, "Điều 13(5)")]
    [InlineData(HeadPosition.PeopleCommitteeChair, OrganizationLevel.Commune, "2026-03-01", "TD-5", 1, DutyFrequency.PerWeek, "Điều 15(2)(d)")]
    [InlineData(HeadPosition.AgencyHead, OrganizationLevel.Central, "2026-03-01", "TD-6", 1, DutyFrequency.PerMonth, "Điều 18(2)")]
    [InlineData(HeadPosition.AgencyHead, OrganizationLevel.Province, "2026-03-01", "TD-6", 1, DutyFrequency.PerMonth, "Điều 18(2)")]
    [InlineData(HeadPosition.AgencyHead, OrganizationLevel.Commune, "2026-03-01", "TD-6", 1, DutyFrequency.PerMonth, "Điều 18(2)")]
    [InlineData(HeadPosition.CouncilStanding, OrganizationLevel.Province, "2026-07-01", "TD-7", null, DutyFrequency.NotSet, "136/2025")]
    [InlineData(HeadPosition.CouncilStanding, OrganizationLevel.Commune, "2026-11-01", "TD-7", null, DutyFrequency.NotSet, "136/2025")]
    public void The_book_finds_the_duty_of_each_head(HeadPosition position, OrganizationLevel level, string on, string code, int? days, DutyFrequency frequency, string article)
    {
        var duty = ReceptionDuties.Book.Find(position, level, Day(on)).ShouldNotBeNull();

        (duty.Code, duty.MinimumDays, duty.Frequency).ShouldBe((code, days, frequency));
        duty.Citation.ShouldContain(article);
    }

    [Theory]
    [InlineData(HeadPosition.PartySecretary, OrganizationLevel.Central, "2026-03-01")]
    [InlineData(HeadPosition.PartySecretary, OrganizationLevel.District, "2025-03-01")]
    [InlineData(HeadPosition.PeopleCommitteeChair, OrganizationLevel.Central, "2026-03-01")]
    [InlineData(HeadPosition.PeopleCommitteeChair, OrganizationLevel.District, "2025-07-01")]
    [InlineData(HeadPosition.DeputyOrDelegate, OrganizationLevel.Commune, "2026-03-01")]
    [InlineData(HeadPosition.DeputyOrDelegate, OrganizationLevel.Province, "2026-03-01")]
    [InlineData(HeadPosition.CouncilStanding, OrganizationLevel.Province, "2026-06-30")]
    public void No_duty_binds_a_head_the_rules_do_not_name_or_a_deputy(HeadPosition position, OrganizationLevel level, string on) =>
        ReceptionDuties.Book.Find(position, level, Day(on)).ShouldBeNull();

    [Theory]
    [InlineData("DANG_UY", HeadPosition.PartySecretary)]
    [InlineData("dang_uy", HeadPosition.PartySecretary)]
    [InlineData("UBND", HeadPosition.PeopleCommitteeChair)]
    [InlineData("HDND", HeadPosition.CouncilStanding)]
    [InlineData("BTGDV", HeadPosition.AgencyHead)]
    [InlineData("MTTQ", HeadPosition.AgencyHead)]
    [InlineData("CQ", HeadPosition.AgencyHead)]
    [InlineData(null, HeadPosition.AgencyHead)]
    public void The_head_of_an_organisation_follows_its_type(string? typeCode, HeadPosition head) =>
        HeadPositionNames.HeadOf(typeCode).ShouldBe(head);

    [Theory]
    [InlineData("PartySecretary", true, HeadPosition.PartySecretary)]
    [InlineData(" deputyordelegate ", true, HeadPosition.DeputyOrDelegate)]
    [InlineData("1", false, default(HeadPosition))]
    [InlineData("-1", false, default(HeadPosition))]
    [InlineData("Boss", false, default(HeadPosition))]
    [InlineData("", false, default(HeadPosition))]
    [InlineData(null, false, default(HeadPosition))]
    public void Positions_are_read_by_name_only(string? text, bool known, HeadPosition position)
    {
        HeadPositionNames.TryParse(text, out var read).ShouldBe(known);
        if (known)
        {
            read.ShouldBe(position);
        }
    }

    [Fact]
    public void Each_position_has_a_Vietnamese_name_and_only_a_deputy_is_not_a_head()
    {
        Enum.GetValues<HeadPosition>().Select(HeadPositionNames.Of)
            .ShouldBe(["Bí thư cấp ủy", "Chủ tịch UBND", "Thủ trưởng cơ quan, đơn vị", "Cấp phó hoặc cán bộ được giao", "Thường trực HĐND"]);
        Enum.GetValues<HeadPosition>().Where(p => !HeadPositionNames.IsHead(p)).ShouldBe([HeadPosition.DeputyOrDelegate]);
        ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-5").Describe().ShouldBe("ít nhất 1 ngày/tuần");
        ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-2").Describe().ShouldBe("ít nhất 2 ngày/tháng");
        ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-7").Describe().ShouldBe("định kỳ, chưa xác định số ngày");
        ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-8").Describe().ShouldBe("đột xuất khi cần");
    }

    [Fact]
    public void A_duty_to_receive_when_needed_binds_every_head_but_is_never_a_periodic_duty()
    {
        var adHoc = ReceptionDuties.Book.Duties.Single(d => d.Frequency == DutyFrequency.WhenNeeded);

        (adHoc.Position, adHoc.Level, adHoc.IsPeriodic).ShouldBe((null, null, false));
        foreach (var position in Enum.GetValues<HeadPosition>())
        {
            foreach (var level in Enum.GetValues<OrganizationLevel>())
            {
                ReceptionDuties.Book.Find(position, level, Day("2026-11-01"))?.IsPeriodic.ShouldNotBe(false);
            }
        }
    }

    private const string Header = "code,title,position,level,frequency,minimum_days,effective_from,effective_to,citation,certainty\n";

    [Theory]
    [InlineData("X-1,T,Boss,province,month,1,,,C,confirmed", "position")]
    [InlineData("X-1,T,DeputyOrDelegate,province,month,1,,,C,confirmed", "position")]
    [InlineData("X-1,T,AgencyHead,region,month,1,,,C,confirmed", "level")]
    [InlineData("X-1,T,AgencyHead,any,year,1,,,C,confirmed", "frequency")]
    [InlineData("X-1,T,AgencyHead,any,month,two,,,C,confirmed", "minimum_days")]
    [InlineData("X-1,T,AgencyHead,any,month,0,,,C,confirmed", "minimum_days")]
    [InlineData("X-1,T,AgencyHead,any,week,8,,,C,confirmed", "minimum_days")]
    [InlineData("X-1,T,AgencyHead,any,month,1,2026-13-01,,C,confirmed", "effective_from")]
    [InlineData("X-1,T,AgencyHead,any,month,1,2026-07-01,2026-06-30,C,confirmed", "after")]
    [InlineData("X-1,T,AgencyHead,any,month,1,,,C,sure", "certainty")]
    [InlineData("X-1,T,AgencyHead,any,month,1,,,,confirmed", "required")]
    [InlineData("X-1,T,AgencyHead,any,when_needed,1,,,C,confirmed", "no minimum_days")]
    [InlineData("X-1,T,CouncilStanding,any,not_set,2,,,C,confirmed", "no minimum_days")]
    [InlineData("X-1,T,any,any,month,1,,,C,confirmed", "only a duty when_needed")]
    [InlineData("X-1,T,any,any,not_set,,,,C,confirmed", "only a duty when_needed")]
    public void A_bad_row_is_refused_with_its_line(string row, string problem)
    {
        var error = Should.Throw<FormatException>(() => ReceptionDuties.Parse(new StringReader(Header + row)));

        error.Message.ShouldContain("Line 2");
        error.Message.ShouldContain(problem);
    }

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
