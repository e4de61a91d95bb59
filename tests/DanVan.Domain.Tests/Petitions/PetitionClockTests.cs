using System.Globalization;
using DanVan.Domain.Calendar;
using DanVan.Domain.Petitions;

namespace DanVan.Domain.Tests.Petitions;

public sealed class PetitionClockTests
{
    private static readonly PetitionClock Clock = new(LegalDeadlineRules.Book, new WorkingCalendar(
    [
        new CalendarAdjustment(Day("2026-01-02"), AdjustmentKind.DayOff, "Nghỉ hoán đổi dịp Tết Dương lịch"),
        new CalendarAdjustment(Day("2026-01-10"), AdjustmentKind.WorkingDay, "Làm bù"),
        new CalendarAdjustment(Day("2026-08-31"), AdjustmentKind.DayOff, "Nghỉ hoán đổi dịp Quốc khánh"),
        new CalendarAdjustment(Day("2026-08-22"), AdjustmentKind.WorkingDay, "Làm bù"),
    ]));

    [Theory]
    // Complaints: accept within 10 working days (until 30/6/2026), 7 working days from 1/7/2026.
    [InlineData(PetitionKind.Complaint, "2026-03-02", "KN-2", 10, "2026-03-16")]
    [InlineData(PetitionKind.Complaint, "2026-06-30", "KN-2", 10, "2026-07-14")]
    [InlineData(PetitionKind.Complaint, "2026-07-01", "KN-2", 7, "2026-07-10")]
    // Denunciations: decide within 7 working days, over the Tết break.
    [InlineData(PetitionKind.Denunciation, "2026-02-13", "TC-1", 7, "2026-03-03")]
    // Kiến nghị and phản ánh: handle within 10 working days.
    [InlineData(PetitionKind.Recommendation, "2026-02-13", "XLD-1", 10, "2026-03-06")]
    [InlineData(PetitionKind.Feedback, "2026-08-20", "XLD-1", 10, "2026-09-07")]
    public void A_registered_petition_runs_against_the_rule_in_force_the_day_it_arrived(PetitionKind kind, string received, string rule, int days, string due)
    {
        var deadline = Clock.Current(Facts(kind, PetitionStatus.Registered, received)).ShouldNotBeNull();

        deadline.Rule.Code.ShouldBe(rule);
        deadline.Days.ShouldBe(days);
        deadline.Due.ShouldBe(Day(due));
    }

    [Theory]
    // First complaint: 30 days (ends on Giỗ Tổ Sunday, moves past the make-up Monday), complex 45, remote 45 / 60.
    [InlineData(1, PetitionComplexity.Normal, false, "KN-3", 30, "2026-04-28")]
    [InlineData(1, PetitionComplexity.Complex, false, "KN-3", 45, "2026-05-11")]
    [InlineData(1, PetitionComplexity.Normal, true, "KN-3", 45, "2026-05-11")]
    [InlineData(1, PetitionComplexity.Complex, true, "KN-3", 60, "2026-05-26")]
    // Second complaint: 45, complex 60, remote 60 / 70.
    [InlineData(2, PetitionComplexity.Normal, false, "KN-5", 45, "2026-05-11")]
    [InlineData(2, PetitionComplexity.EspeciallyComplex, false, "KN-5", 60, "2026-05-26")]
    [InlineData(2, PetitionComplexity.Normal, true, "KN-5", 60, "2026-05-26")]
    [InlineData(2, PetitionComplexity.Complex, true, "KN-5", 70, "2026-06-05")]
    public void An_accepted_complaint_is_resolved_within_its_rounds_limit(int round, PetitionComplexity complexity, bool remote, string rule, int days, string due)
    {
        var facts = Facts(PetitionKind.Complaint, PetitionStatus.Accepted, "2026-03-20") with
        {
            Round = round,
            AcceptedOn = Day("2026-03-27"),
            Complexity = complexity,
            IsRemoteArea = remote,
        };

        var deadline = Clock.Current(facts).ShouldNotBeNull();

        (deadline.Rule.Code, deadline.Days, deadline.Due, deadline.StartedOn).ShouldBe((rule, days, Day(due), Day("2026-03-27")));
    }

    [Theory]
    [InlineData(new int[0], 30, "2026-07-01")]
    [InlineData(new[] { 30 }, 60, "2026-07-31")]
    [InlineData(new[] { 30, 20 }, 80, "2026-08-20")]
    public void A_denunciation_is_resolved_within_30_days_plus_its_extensions(int[] extensions, int days, string due)
    {
        var facts = Facts(PetitionKind.Denunciation, PetitionStatus.Accepted, "2026-05-25") with
        {
            AcceptedOn = Day("2026-06-01"),
            Complexity = PetitionComplexity.EspeciallyComplex,
            ExtensionDays = extensions,
        };

        var deadline = Clock.Current(facts).ShouldNotBeNull();

        (deadline.Rule.Code, deadline.Days, deadline.Due).ShouldBe(("TC-4", days, Day(due)));
    }

    [Theory]
    [InlineData(PetitionComplexity.Normal, new int[0], 30, "phức tạp")]
    [InlineData(PetitionComplexity.Complex, new[] { 30 }, 10, "tối đa")]
    [InlineData(PetitionComplexity.EspeciallyComplex, new[] { 30, 30 }, 10, "tối đa")]
    [InlineData(PetitionComplexity.Complex, new int[0], 31, "từ 1 đến 30")]
    [InlineData(PetitionComplexity.Complex, new int[0], 0, "từ 1 đến 30")]
    [InlineData(PetitionComplexity.Complex, new int[0], 30, null)]
    [InlineData(PetitionComplexity.EspeciallyComplex, new[] { 30 }, 30, null)]
    public void Denunciations_are_extended_once_when_complex_and_twice_when_especially_complex(PetitionComplexity complexity, int[] granted, int days, string? refusal)
    {
        var facts = Facts(PetitionKind.Denunciation, PetitionStatus.Accepted, "2026-05-25") with
        {
            AcceptedOn = Day("2026-06-01"),
            Complexity = complexity,
            ExtensionDays = granted,
        };

        var answer = Clock.ExtensionRefusal(facts, days);

        if (refusal is null)
        {
            answer.ShouldBeNull();
        }
        else
        {
            answer.ShouldNotBeNull().ShouldContain(refusal);
        }
    }

    [Fact]
    public void Complaints_are_not_extended_but_reclassified_as_complex()
    {
        var facts = Facts(PetitionKind.Complaint, PetitionStatus.Accepted, "2026-03-20") with { AcceptedOn = Day("2026-03-27"), Complexity = PetitionComplexity.Complex };

        Clock.ExtensionRefusal(facts, 10).ShouldNotBeNull().ShouldContain("không cho phép gia hạn");
    }

    [Fact]
    public void A_petition_not_yet_accepted_cannot_be_extended() =>
        Clock.ExtensionRefusal(Facts(PetitionKind.Denunciation, PetitionStatus.Registered, "2026-03-02"), 10).ShouldNotBeNull();

    [Theory]
    [InlineData(PetitionStatus.Resolved)]
    [InlineData(PetitionStatus.Refused)]
    [InlineData(PetitionStatus.Forwarded)]
    [InlineData(PetitionStatus.Withdrawn)]
    [InlineData(PetitionStatus.Closed)]
    [InlineData(PetitionStatus.Duplicate)]
    public void A_petition_no_longer_open_has_no_clock(PetitionStatus status) =>
        Clock.Current(Facts(PetitionKind.Complaint, status, "2026-03-02") with { AcceptedOn = Day("2026-03-05") }).ShouldBeNull();

    [Theory]
    [InlineData("2026-03-10", 6, DeadlineState.OnTrack, "còn 6 ngày")]
    [InlineData("2026-03-13", 3, DeadlineState.DueSoon, "còn 3 ngày")]
    [InlineData("2026-03-16", 0, DeadlineState.DueSoon, "hạn cuối hôm nay")]
    [InlineData("2026-03-18", -2, DeadlineState.Overdue, "quá hạn 2 ngày")]
    public void Days_left_say_whether_a_deadline_is_due_soon_or_overdue(string today, int left, DeadlineState state, string phrase)
    {
        var deadline = Clock.Current(Facts(PetitionKind.Complaint, PetitionStatus.Registered, "2026-03-02")).ShouldNotBeNull();

        deadline.DaysLeft(Day(today)).ShouldBe(left);
        deadline.StateOn(Day(today)).ShouldBe(state);
        deadline.DescribeOn(Day(today)).ShouldBe(phrase);
    }

    private static PetitionFacts Facts(PetitionKind kind, PetitionStatus status, string received) =>
        new(kind, 1, status, Day(received), null, PetitionComplexity.Normal, IsRemoteArea: false, []);

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
