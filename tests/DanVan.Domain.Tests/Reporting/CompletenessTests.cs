using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests.Reporting;

public sealed class CompletenessTests
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Of(PeriodType.Quarter, 2026, 1);
    private static readonly ReportSchedule DueIn10Days = new(10, 30);

    // Q1 2026 ends 31/03; due 10/04 (Vietnam day); locks from 01/05.
    [Theory]
    [InlineData("2026-04-10T16:59:00", true)]
    [InlineData("2026-04-10T17:00:00", false)]
    [InlineData("2026-03-15T02:00:00", true)]
    public void On_time_means_sent_by_the_end_of_the_deadline_day_in_Vietnam(string sentUtc, bool onTime) =>
        DueIn10Days.IsOnTime(Q1, DateTime.Parse(sentUtc, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(onTime);

    [Fact]
    public void The_deadline_instant_is_midnight_after_the_deadline_day_in_Vietnam() =>
        DueIn10Days.DeadlineEndsAtUtc(Q1).ShouldBe(new DateTime(2026, 4, 10, 17, 0, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData("2026-04-30T16:59:00", false)]
    [InlineData("2026-04-30T17:00:00", true)]
    public void The_period_locks_the_day_after_the_lock_days(string nowUtc, bool locked) =>
        DueIn10Days.IsLocked(Q1, DateTime.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(locked);

    [Fact]
    public void A_form_without_lock_days_never_locks() =>
        new ReportSchedule(10, null).IsLocked(Q1, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ShouldBeFalse();

    [Theory]
    [InlineData(null, null, "2026-04-05", ReceiptState.NotYetDue)]
    [InlineData(null, null, "2026-04-11", ReceiptState.Missing)]
    [InlineData(ReportStatus.Draft, null, "2026-04-11", ReceiptState.Missing)]
    [InlineData(ReportStatus.Submitted, "2026-04-09", "2026-04-11", ReceiptState.OnTime)]
    [InlineData(ReportStatus.Approved, "2026-04-09", "2026-06-01", ReceiptState.OnTime)]
    [InlineData(ReportStatus.Submitted, "2026-04-12", "2026-04-12", ReceiptState.Late)]
    [InlineData(ReportStatus.Returned, "2026-04-09", "2026-04-11", ReceiptState.Returned)]
    public void The_receipt_state_of_a_report(ReportStatus? status, string? firstSent, string now, ReceiptState expected)
    {
        DateTime? sent = firstSent is null ? null : DateTime.Parse(firstSent, System.Globalization.CultureInfo.InvariantCulture);

        Receipt.StateOf(status, sent, DueIn10Days, Q1, DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    // Opened, closed and merged inside Q1 2026 (01/01–31/03).
    [Theory]
    [InlineData("2020-01-01", null, true)]
    [InlineData("2026-03-31", null, true)]
    [InlineData("2026-04-01", null, false)]
    [InlineData("2020-01-01", "2026-03-31", true)]
    [InlineData("2020-01-01", "2026-02-14", false)]
    [InlineData("2026-02-15", null, true)]
    [InlineData("2020-01-01", "2025-12-31", false)]
    public void An_organisation_owes_a_report_when_it_works_on_the_last_day(string from, string? to, bool expected) =>
        ReportingObligation.IsExpected(
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            Q1).ShouldBe(expected);

    [Fact]
    public void Rates_count_expected_organisations_only()
    {
        var tally = Completeness.Of([ReceiptState.OnTime, ReceiptState.OnTime, ReceiptState.Late, ReceiptState.Missing, ReceiptState.Returned, ReceiptState.NotYetDue, ReceiptState.OnTime, ReceiptState.Missing]);

        tally.Expected.ShouldBe(8);
        tally.Received.ShouldBe(4);
        tally.ReceivedRate.ShouldBe(50.0);
        tally.OnTimeRate.ShouldBe(37.5);
        tally.Missing.ShouldBe(2);
    }

    [Fact]
    public void Tallies_of_subtrees_add_up_and_never_exceed_all()
    {
        var sum = Completeness.Of([ReceiptState.OnTime]) + Completeness.Of([ReceiptState.OnTime, ReceiptState.Late]);

        sum.Expected.ShouldBe(3);
        sum.ReceivedRate.ShouldBe(100.0);
        sum.OnTimeRate.ShouldBe(66.7);
    }

    [Fact]
    public void Nothing_expected_has_no_rate() => Completeness.Of([]).ReceivedRate.ShouldBeNull();
}
