using DanVan.Domain.Exemplary;

namespace DanVan.Domain.Tests.Exemplary;

public sealed class RecognitionValidityTests
{
    [Theory]
    [InlineData("2025-01-01", null, false, null)]
    [InlineData("2025-01-01", "2027-12-31", false, "2027-12-31")]
    [InlineData("2025-01-01", null, true, "2025-12-31")]
    [InlineData("2025-03-15", "2030-01-01", true, "2026-03-14")]
    [InlineData("2025-03-15", "2025-09-30", true, "2025-09-30")]
    [InlineData("2024-02-29", null, true, "2025-02-27")]
    public void A_yearly_re_evaluation_ends_the_recognition_a_year_after_it_starts_unless_the_decision_ends_sooner(string from, string? to, bool yearly, string? last) =>
        RecognitionValidity.LastDay(Day(from), to is null ? null : Day(to), yearly).ShouldBe(last is null ? null : Day(last));

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2025-12-31", RecognitionStatus.NotYetValid)]
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01", RecognitionStatus.Valid)]
    [InlineData("2026-01-01", "2026-12-31", "2026-12-01", RecognitionStatus.Valid)]
    [InlineData("2026-01-01", "2026-12-31", "2026-12-02", RecognitionStatus.ExpiringSoon)]
    [InlineData("2026-01-01", "2026-12-31", "2026-12-31", RecognitionStatus.ExpiringSoon)]
    [InlineData("2026-01-01", "2026-12-31", "2027-01-01", RecognitionStatus.Expired)]
    [InlineData("2020-01-01", null, "2030-06-01", RecognitionStatus.Valid)]
    public void A_recognition_is_valid_from_its_first_day_through_its_last_and_expired_after(string from, string? last, string today, RecognitionStatus status) =>
        RecognitionValidity.On(Day(from), last is null ? null : Day(last), Day(today)).ShouldBe(status);

    [Theory]
    [InlineData(RecognitionStatus.NotYetValid, false, "Chưa có hiệu lực")]
    [InlineData(RecognitionStatus.Valid, true, "Còn hiệu lực")]
    [InlineData(RecognitionStatus.ExpiringSoon, true, "Sắp hết hạn")]
    [InlineData(RecognitionStatus.Expired, false, "Hết hạn")]
    public void Only_a_valid_or_expiring_recognition_counts_and_each_status_has_a_word(RecognitionStatus status, bool holds, string name) =>
        (RecognitionValidity.Holds(status), RecognitionValidity.Name(status)).ShouldBe((holds, name));

    [Theory]
    [InlineData("Economy", true, ModelField.Economy)]
    [InlineData("partybuilding", true, ModelField.PartyBuilding)]
    [InlineData("2", true, ModelField.CultureSociety)]
    [InlineData("9", false, default(ModelField))]
    [InlineData("Kinh tế", false, default(ModelField))]
    [InlineData("", false, default(ModelField))]
    public void A_field_is_read_by_its_code_or_number_only(string text, bool ok, ModelField field)
    {
        ModelFieldNames.TryParse(text, out var read).ShouldBe(ok);
        if (ok)
        {
            read.ShouldBe(field);
        }
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
