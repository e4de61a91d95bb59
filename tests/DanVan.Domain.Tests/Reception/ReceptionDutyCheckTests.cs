using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reception;
using static DanVan.Domain.Tests.Reception.ReceptionDutiesTests;

namespace DanVan.Domain.Tests.Reception;

public sealed class ReceptionDutyCheckTests
{
    private static readonly ReceptionDuty CommuneSecretary = ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-2");
    private static readonly ReceptionDuty ProvinceSecretary = ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-1");
    private static readonly ReceptionDuty CommuneChair = ReceptionDuties.Book.Duties.Single(d => d.Code == "TD-5");
    private static readonly DateOnly Later = new(2027, 1, 1);

    // Sessions as "yyyy-MM-dd" for the head in person, "yyyy-MM-dd*" for a deputy's, "yyyy-MM-dd!" for the head's ad hoc session.
    private static ReceptionRecord[] Sessions(string list) =>
        [.. list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new ReceptionRecord(Day(s.TrimEnd('*', '!')), !s.EndsWith('*'), s.EndsWith('!')))];

    [Theory]
    [InlineData("", 0, DutyStatus.NotMet, "Chưa đạt (0/2 ngày)")]
    [InlineData("2026-03-05", 1, DutyStatus.NotMet, "Chưa đạt (1/2 ngày)")]
    [InlineData("2026-03-05 2026-03-05", 1, DutyStatus.NotMet, "Chưa đạt (1/2 ngày)")]
    [InlineData("2026-03-05 2026-03-19", 2, DutyStatus.Met, "Đạt (2/2 ngày)")]
    [InlineData("2026-03-01 2026-03-31", 2, DutyStatus.Met, "Đạt (2/2 ngày)")]
    [InlineData("2026-03-05 2026-03-12 2026-03-19", 3, DutyStatus.Met, "Đạt (3/2 ngày)")]
    [InlineData("2026-03-05 2026-03-19*", 1, DutyStatus.NotMet, "Chưa đạt (1/2 ngày)")]
    [InlineData("2026-03-05* 2026-03-19*", 0, DutyStatus.NotMet, "Chưa đạt (0/2 ngày)")]
    [InlineData("2026-02-28 2026-03-05 2026-04-01", 1, DutyStatus.NotMet, "Chưa đạt (1/2 ngày)")]
    public void A_commune_secretary_needs_two_distinct_days_of_personal_reception_a_month(string sessions, int achieved, DutyStatus status, string text)
    {
        var month = ReceptionDutyCheck.Check(CommuneSecretary, 2026, 3, Sessions(sessions), Later);

        (month.Achieved, month.Required, month.Status, month.Text).ShouldBe((achieved, 2, status, text));
    }

    [Theory]
    [InlineData("", DutyStatus.NotMet)]
    [InlineData("2026-03-31", DutyStatus.Met)]
    [InlineData("2026-03-31*", DutyStatus.NotMet)]
    public void A_province_secretary_needs_one_day_a_month(string sessions, DutyStatus status) =>
        ReceptionDutyCheck.Check(ProvinceSecretary, 2026, 3, Sessions(sessions), Later).Status.ShouldBe(status);

    [Theory]
    [InlineData("", "2026-02-28", DutyStatus.Upcoming, "Chưa đến kỳ")]
    [InlineData("", "2026-03-01", DutyStatus.InProgress, "Đang trong kỳ (0/2 ngày)")]
    [InlineData("", "2026-03-30", DutyStatus.InProgress, "Đang trong kỳ (0/2 ngày)")]
    [InlineData("", "2026-03-31", DutyStatus.NotMet, "Chưa đạt (0/2 ngày)")]
    [InlineData("2026-03-02", "2026-03-31", DutyStatus.InProgress, "Đang trong kỳ (1/2 ngày)")]
    [InlineData("2026-03-02 2026-03-03", "2026-03-04", DutyStatus.Met, "Đạt (2/2 ngày)")]
    [InlineData("2026-03-02", "2026-04-01", DutyStatus.NotMet, "Chưa đạt (1/2 ngày)")]
    public void A_running_month_is_in_progress_until_the_duty_can_no_longer_be_met(string sessions, string today, DutyStatus status, string text)
    {
        var month = ReceptionDutyCheck.Check(CommuneSecretary, 2026, 3, Sessions(sessions), Day(today));

        (month.Status, month.Text).ShouldBe((status, text));
    }

    [Theory]
    [InlineData(2026, 2, "2026-02-02 2026-02-09 2026-02-16 2026-02-23")]
    [InlineData(2026, 3, "2026-03-02 2026-03-09 2026-03-16 2026-03-23 2026-03-30")]
    [InlineData(2026, 6, "2026-06-01 2026-06-08 2026-06-15 2026-06-22 2026-06-29")]
    [InlineData(2027, 2, "2027-02-01 2027-02-08 2027-02-15 2027-02-22")]
    public void The_weeks_of_a_month_are_those_whose_Monday_falls_in_it(int year, int month, string mondays) =>
        ReceptionDutyCheck.WeeksOf(year, month).ShouldBe(Sessions(mondays).Select(s => s.HeldOn));

    [Theory]
    [InlineData("2026-03-02 2026-03-10 2026-03-18 2026-03-26 2026-04-03", 5, DutyStatus.Met, "Đạt (5/5 tuần)")]
    [InlineData("2026-03-02 2026-03-10 2026-03-18 2026-03-26", 4, DutyStatus.NotMet, "Chưa đạt (4/5 tuần)")]
    [InlineData("2026-03-02 2026-03-03 2026-03-04 2026-03-05 2026-03-06", 1, DutyStatus.NotMet, "Chưa đạt (1/5 tuần)")]
    [InlineData("2026-03-01 2026-03-10 2026-03-18 2026-03-26 2026-04-03", 4, DutyStatus.NotMet, "Chưa đạt (4/5 tuần)")]
    [InlineData("2026-03-02 2026-03-10 2026-03-18* 2026-03-26 2026-04-03", 4, DutyStatus.NotMet, "Chưa đạt (4/5 tuần)")]
    [InlineData("2026-03-08 2026-03-15 2026-03-22 2026-03-29 2026-04-05", 5, DutyStatus.Met, "Đạt (5/5 tuần)")]
    public void A_commune_chair_needs_a_day_in_every_week_belonging_to_the_month(string sessions, int weeks, DutyStatus status, string text)
    {
        var month = ReceptionDutyCheck.Check(CommuneChair, 2026, 3, Sessions(sessions), Later);

        (month.Achieved, month.Required, month.Status, month.Text).ShouldBe((weeks, 5, status, text));
    }

    [Fact]
    public void A_Sunday_session_at_the_start_of_a_month_counts_for_the_previous_months_last_week()
    {
        var sessions = Sessions("2026-02-02 2026-02-09 2026-02-16 2026-03-01");

        ReceptionDutyCheck.Check(CommuneChair, 2026, 2, sessions, Later).Text.ShouldBe("Đạt (4/4 tuần)");
        ReceptionDutyCheck.Check(CommuneChair, 2026, 3, sessions, Later).Achieved.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-03-03", "2026-03-10", DutyStatus.InProgress)]
    [InlineData("2026-03-03", "2026-03-15", DutyStatus.InProgress)]
    [InlineData("2026-03-03", "2026-03-16", DutyStatus.NotMet)]
    [InlineData("2026-03-03 2026-03-10", "2026-03-16", DutyStatus.InProgress)]
    [InlineData("2026-03-03 2026-03-10 2026-03-17 2026-03-24", "2026-04-05", DutyStatus.InProgress)]
    [InlineData("2026-03-03 2026-03-10 2026-03-17 2026-03-24", "2026-04-06", DutyStatus.NotMet)]
    public void A_weekly_duty_is_missed_as_soon_as_a_week_ends_without_a_day(string sessions, string today, DutyStatus status) =>
        ReceptionDutyCheck.Check(CommuneChair, 2026, 3, Sessions(sessions), Day(today)).Status.ShouldBe(status);

    [Fact]
    public void A_district_chairs_duty_ends_with_the_district_level_on_30_June_2025()
    {
        var months = ReceptionDutyCheck.Months(ReceptionDuties.Book, HeadPosition.PeopleCommitteeChair, OrganizationLevel.District, null, null,
            Sessions("2025-06-10 2025-06-20 2025-07-10"), Day("2025-05-15"), 3, Later);

        months.Select(m => (m.Month, m.Duty?.Code, m.Status)).ShouldBe(
        [
            (5, "TD-4", DutyStatus.NotMet),
            (6, "TD-4", DutyStatus.Met),
            (7, null, DutyStatus.NotApplicable),
        ]);
        months[2].Text.ShouldBe("Không áp dụng");
    }

    [Theory]
    [InlineData("2025-07-01", null, 7, true)]
    [InlineData("2025-07-02", null, 7, false)]
    [InlineData("2025-07-02", null, 8, true)]
    [InlineData(null, "2025-07-31", 7, true)]
    [InlineData(null, "2025-07-30", 7, false)]
    [InlineData(null, "2025-07-30", 6, true)]
    public void A_month_is_judged_only_when_the_organisation_worked_all_of_it(string? validFrom, string? validTo, int month, bool judged)
    {
        var months = ReceptionDutyCheck.Months(ReceptionDuties.Book, HeadPosition.PartySecretary, OrganizationLevel.Commune,
            validFrom is null ? null : Day(validFrom), validTo is null ? null : Day(validTo), [], Day("2025-01-01"), 12, Later);

        (months[month - 1].Status != DutyStatus.NotApplicable).ShouldBe(judged);
    }

    [Fact]
    public void A_new_version_of_a_duty_judges_the_months_that_begin_after_it_takes_effect()
    {
        var book = new ReceptionDutyBook(
        [
            Duty("X-1", 1, null, Day("2026-06-30")),
            Duty("X-1", 2, Day("2026-07-01"), Day("2026-08-14")),
            Duty("X-1", 3, Day("2026-08-15"), null),
        ]);

        var months = ReceptionDutyCheck.Months(book, HeadPosition.AgencyHead, OrganizationLevel.Province, null, null,
            Sessions("2026-06-03 2026-07-03 2026-08-03 2026-09-03"), Day("2026-06-01"), 4, Later);

        months.Select(m => (m.Required, m.Achieved, m.Status)).ShouldBe(
        [
            (1, 1, DutyStatus.Met),
            (2, 1, DutyStatus.NotMet),
            (2, 1, DutyStatus.NotMet),
            (3, 1, DutyStatus.NotMet),
        ]);
    }

    [Fact]
    public void A_duty_for_the_level_wins_over_one_for_any_level()
    {
        var book = new ReceptionDutyBook([Duty("ANY", 1, null, null), Duty("COMMUNE", 4, null, null) with { Level = OrganizationLevel.Commune }]);

        book.Find(HeadPosition.AgencyHead, OrganizationLevel.Commune, Day("2026-01-01"))!.Code.ShouldBe("COMMUNE");
        book.Find(HeadPosition.AgencyHead, OrganizationLevel.Province, Day("2026-01-01"))!.Code.ShouldBe("ANY");
    }

    [Fact]
    public void Every_month_of_a_year_is_checked_against_the_duty_in_force()
    {
        var months = ReceptionDutyCheck.Months(ReceptionDuties.Book, HeadPosition.PartySecretary, OrganizationLevel.Commune, Day("2025-07-01"), null,
            Sessions("2026-01-05 2026-01-20 2026-02-10 2026-02-10 2026-03-03*"), Day("2026-01-01"), 12, Day("2026-03-15"));

        months.Select(m => m.Status).ShouldBe(
        [
            DutyStatus.Met, DutyStatus.NotMet, DutyStatus.InProgress, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming,
            DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming, DutyStatus.Upcoming,
        ]);
        months.ShouldAllBe(m => m.Duty!.Code == "TD-2");
    }

    [Theory]
    [InlineData("2026-03-05!", 0, 1, DutyStatus.NotMet)]
    [InlineData("2026-03-05! 2026-03-19!", 0, 2, DutyStatus.NotMet)]
    [InlineData("2026-03-05 2026-03-19!", 1, 1, DutyStatus.NotMet)]
    [InlineData("2026-03-05 2026-03-12 2026-03-19!", 2, 1, DutyStatus.Met)]
    [InlineData("2026-03-05 2026-03-05! 2026-03-12", 2, 1, DutyStatus.Met)]
    [InlineData("2026-02-27! 2026-04-01!", 0, 0, DutyStatus.NotMet)]
    public void Ad_hoc_days_are_counted_beside_the_periodic_duty_never_toward_it(string sessions, int periodic, int adHoc, DutyStatus status)
    {
        var month = ReceptionDutyCheck.Check(CommuneSecretary, 2026, 3, Sessions(sessions), Later);

        (month.Achieved, month.AdHocDays, month.Status).ShouldBe((periodic, adHoc, status));
    }

    [Fact]
    public void A_deputys_ad_hoc_session_is_not_the_heads()
    {
        var record = new ReceptionRecord(Day("2026-03-05"), HeadInPerson: false, IsAdHoc: true);

        ReceptionDutyCheck.Check(CommuneSecretary, 2026, 3, [record], Later).AdHocDays.ShouldBe(0);
    }

    [Fact]
    public void A_weekly_duty_is_not_met_by_ad_hoc_days()
    {
        var month = ReceptionDutyCheck.Check(CommuneChair, 2026, 3, Sessions("2026-03-02 2026-03-09! 2026-03-16 2026-03-23 2026-03-30"), Later);

        (month.Achieved, month.Required, month.AdHocDays, month.Status).ShouldBe((4, 5, 1, DutyStatus.NotMet));
    }

    [Theory]
    [InlineData("2026-08-03 2026-08-20 2026-08-20 2026-08-21*", "2026-09-01", DutyStatus.Tracked, "Theo dõi (2 ngày)")]
    [InlineData("", "2026-09-01", DutyStatus.Tracked, "Theo dõi (0 ngày)")]
    [InlineData("", "2026-07-31", DutyStatus.Upcoming, "Chưa đến kỳ")]
    public void A_duty_without_a_minimum_shows_the_days_without_a_verdict(string sessions, string today, DutyStatus status, string text)
    {
        var council = ReceptionDuties.Book.Find(HeadPosition.CouncilStanding, OrganizationLevel.Commune, Day("2026-08-01"))!;

        var month = ReceptionDutyCheck.Check(council, 2026, 8, Sessions(sessions), Day(today));

        (month.Status, month.Text, month.Required).ShouldBe((status, text, 0));
    }

    [Fact]
    public void The_council_standing_committee_is_tracked_from_the_month_its_duty_took_effect()
    {
        var months = ReceptionDutyCheck.Months(ReceptionDuties.Book, HeadPosition.CouncilStanding, OrganizationLevel.Province, null, null,
            Sessions("2026-06-10 2026-07-10 2026-07-11!"), Day("2026-06-01"), 3, Day("2026-08-15"));

        months.Select(m => (m.Status, m.Achieved, m.AdHocDays)).ShouldBe(
            [(DutyStatus.NotApplicable, 0, 0), (DutyStatus.Tracked, 1, 1), (DutyStatus.Tracked, 0, 0)]);
    }

    private static ReceptionDuty Duty(string code, int days, DateOnly? from, DateOnly? to) =>
        new(code, "Thủ trưởng", HeadPosition.AgencyHead, null, DutyFrequency.PerMonth, days, from, to, "Căn cứ", RuleCertainty.Confirmed, null);
}
