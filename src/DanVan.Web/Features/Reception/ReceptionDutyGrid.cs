using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reception;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

public sealed record DutyGridQuery(int? OrganizationId, int? Year, HeadPosition? Position, string? Q, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int RecentMonths = 6;

    /// <summary>Reads the query as typed; a missing year means the last six months.</summary>
    public static (DutyGridQuery Query, ValidationErrors Errors) Parse(int? organizationId, string? year, string? position, string? q, string? page, string? pageSize)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 2000 and <= 2100)
            {
                yearValue = number;
            }
            else
            {
                errors.Add("year", "Năm phải là số có bốn chữ số, từ 2000 đến 2100.");
            }
        }

        HeadPosition? positionValue = null;
        if (!string.IsNullOrWhiteSpace(position))
        {
            if (HeadPositionNames.TryParse(position, out var read) && HeadPositionNames.IsHead(read))
            {
                positionValue = read;
            }
            else
            {
                errors.Add("position", "Người đứng đầu phải là PartySecretary, PeopleCommitteeChair, CouncilStanding hoặc AgencyHead.");
            }
        }

        var (filter, pagingErrors) = ReceptionFilter.Parse(null, null, null, null, page, pageSize);
        foreach (var (field, messages) in pagingErrors.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return (new DutyGridQuery(organizationId, yearValue, positionValue, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), filter.Page,
            string.IsNullOrWhiteSpace(pageSize) ? DefaultPageSize : filter.PageSize), errors);
    }
}

public sealed record DutyGridDto(int OrganizationId, string OrganizationName, int? Year, IReadOnlyList<string> Months, IReadOnlyList<DutyRuleDto> Duties, PagedList<DutyRowDto> Rows);

public sealed record DutyRuleDto(string Code, string Title, string Minimum, string Citation, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? Note);

public sealed record DutyRowDto(int OrganizationId, string OrganizationName, string LevelName, HeadPosition HeadPosition, string HeadPositionName, IReadOnlyList<DutyCellDto> Cells);

public sealed record DutyCellDto(string Month, string? Duty, int Achieved, int Required, string Unit, DutyStatus Status, string StatusName, string Text, int AdHocDays);

/// <summary>
/// Each head of an organisation's subtree against the reception duty month by month: the months
/// of a year, or the last six. Only sessions the head personally received count; those held when a
/// case called for it (đột xuất) are shown beside the periodic duty, not counted toward it.
/// </summary>
public sealed class ReceptionDutyGrid(AppDbContext db, SubtreeAccess access, TimeProvider clock)
{
    public async Task<(DutyGridDto? Grid, CommandStatus Status)> GetAsync(DutyGridQuery query, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(query.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var first = query.Year is { } year ? new DateOnly(year, 1, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(1 - DutyGridQuery.RecentMonths);
        var count = query.Year is null ? DutyGridQuery.RecentMonths : 12;
        var last = first.AddMonths(count).AddDays(-1);

        var organizations = db.Organizations.AsNoTracking().WithinSubtree(root.Path)
            .Where(o => o.ValidFrom <= last && (o.ValidTo == null || o.ValidTo >= first));
        organizations = query.Position switch
        {
            HeadPosition.PartySecretary => organizations.Where(o => o.Type!.Code == HeadPositionNames.PartyCommitteeType),
            HeadPosition.PeopleCommitteeChair => organizations.Where(o => o.Type!.Code == HeadPositionNames.PeopleCommitteeType),
            HeadPosition.CouncilStanding => organizations.Where(o => o.Type!.Code == HeadPositionNames.PeopleCouncilType),
            HeadPosition.AgencyHead => organizations.Where(o => o.Type!.Code != HeadPositionNames.PartyCommitteeType
                && o.Type.Code != HeadPositionNames.PeopleCommitteeType && o.Type.Code != HeadPositionNames.PeopleCouncilType),
            _ => organizations,
        };
        foreach (var term in VietnameseText.SearchTerms(query.Q))
        {
            organizations = organizations.Where(o => o.NameFolded.Contains(term));
        }

        var total = await organizations.CountAsync(cancellationToken);
        var page = await organizations.OrderBy(o => o.Path).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new { o.Id, o.Name, o.Level, TypeCode = o.Type!.Code, o.ValidFrom, o.ValidTo })
            .ToListAsync(cancellationToken);

        // A weekly duty's last week runs up to six days into the next month.
        var ids = page.Select(o => o.Id).ToList();
        var until = last.AddDays(6);
        var days = (await db.ReceptionSessions.AsNoTracking()
                .Where(s => ids.Contains(s.OrganizationId) && s.HeadInPerson && s.HeldOn >= first && s.HeldOn <= until)
                .Select(s => new { s.OrganizationId, s.HeldOn, s.IsAdHoc }).Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.OrganizationId, s => new ReceptionRecord(s.HeldOn, HeadInPerson: true, s.IsAdHoc));

        var book = ReceptionDuties.Book;
        var rows = page.Select(o =>
        {
            var head = HeadPositionNames.HeadOf(o.TypeCode);
            var months = ReceptionDutyCheck.Months(book, head, o.Level, o.ValidFrom, o.ValidTo, days[o.Id], first, count, today);
            return new DutyRowDto(o.Id, o.Name, OrganizationLevelNames.Of(o.Level), head, HeadPositionNames.Of(head), [.. months.Select(Cell)]);
        }).ToList();
        var duties = book.Duties
            .Where(d => (d.EffectiveFrom is null || d.EffectiveFrom <= last) && (d.EffectiveTo is null || d.EffectiveTo >= first))
            .Select(d => new DutyRuleDto(d.Code, d.Title, d.Describe(), d.Citation, d.EffectiveFrom, d.EffectiveTo, d.Note))
            .ToList();
        var monthKeys = Enumerable.Range(0, count).Select(i => Key(first.AddMonths(i))).ToList();
        return (new DutyGridDto(root.Id, root.Name, query.Year, monthKeys, duties, new PagedList<DutyRowDto>(rows, total, query.Page, query.PageSize)), CommandStatus.Ok);
    }

    private static DutyCellDto Cell(DutyMonth month) =>
        new(Key(new DateOnly(month.Year, month.Month, 1)), month.Duty?.Code, month.Achieved, month.Required, month.Unit, month.Status, DutyStatusNames.Of(month.Status), month.Text, month.AdHocDays);

    private static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
