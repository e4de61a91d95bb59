using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Calendar;
using DanVan.Domain.Calendar;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Calendar;

/// <summary>
/// The Government's yearly days off and working Saturdays, kept by central administrators: the
/// calendar is national. Each change is audited and counts at once for every deadline computed
/// afterwards, and listeners (the petition queue) count their kept deadlines again.
/// </summary>
public sealed class OfficialDays(AppDbContext db, CalendarSource source, OrganizationScope scope, IAuditActor actor, TimeProvider clock, IEnumerable<ICalendarListener> listeners)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public async Task<IReadOnlyList<OfficialDayDto>> ListAsync(int? year, CancellationToken cancellationToken)
    {
        var query = db.OfficialDays.AsNoTracking();
        if (year is { } y)
        {
            var from = new DateOnly(Math.Clamp(y, 1, 9999), 1, 1);
            var to = from.AddYears(1);
            query = query.Where(d => d.Date >= from && d.Date < to);
        }

        var days = await query.OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return [.. days.Select(Dto)];
    }

    public async Task<CommandResult<OfficialDayDto>> AddAsync(OfficialDayInput input, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return CommandResult<OfficialDayDto>.Forbidden();
        }

        var errors = new ValidationErrors()
            .Text(nameof(input.Name), "tên ngày", input.Name, 200)
            .Text(nameof(input.Basis), "căn cứ", input.Basis, 300, required: false);
        if (!DateInput.TryParse(input.Date, out var date))
        {
            errors.Add(nameof(input.Date), "Ngày phải có dạng dd/MM/yyyy.");
        }
        else if (CalendarQueries.YearError(date!.Value.Year) is { } yearError)
        {
            errors.Add(nameof(input.Date), yearError);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Vui lòng chọn nghỉ thêm hoặc làm việc bù.");
        }
        else if (date is { } day && !errors.Any)
        {
            if (await db.OfficialDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == day, cancellationToken) is { } existing)
            {
                errors.Add(nameof(input.Date), $"Ngày {DateInput.Show(day)} đã có trong lịch: \"{existing.Name}\". Xóa dòng đó trước nếu muốn thay.");
            }
            else
            {
                var calendar = await source.GetAsync(db, cancellationToken);
                var working = calendar.IsWorkingDay(day);
                if (kind == AdjustmentKind.DayOff && !working)
                {
                    errors.Add(nameof(input.Date), $"{Weekdays.Of(day)} {DateInput.Show(day)} đã là ngày nghỉ" + (calendar.DayOffOn(day) is { } off ? $" ({off.Name})." : "."));
                }
                else if (kind == AdjustmentKind.WorkingDay && working)
                {
                    errors.Add(nameof(input.Date), $"{Weekdays.Of(day)} {DateInput.Show(day)} đã là ngày làm việc.");
                }
            }
        }

        if (errors.Any)
        {
            return errors.ToResult<OfficialDayDto>();
        }

        var official = new OfficialDay
        {
            Date = date!.Value,
            Kind = input.Kind!.Value,
            Name = Domain.Text.VietnameseText.Normalize(input.Name!.Trim()),
            Basis = string.IsNullOrWhiteSpace(input.Basis) ? null : Domain.Text.VietnameseText.Normalize(input.Basis.Trim()),
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = actor.UserName,
        };
        db.OfficialDays.Add(official);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult<OfficialDayDto>.Conflict($"Ngày {DateInput.Show(official.Date)} vừa được người khác thêm vào lịch.");
        }

        await ChangedAsync(official.Date, cancellationToken);
        return CommandResult<OfficialDayDto>.Ok(Dto(official));
    }

    public async Task<CommandResult<OfficialDayDto>> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return CommandResult<OfficialDayDto>.Forbidden();
        }

        var official = await db.OfficialDays.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (official is null)
        {
            return CommandResult<OfficialDayDto>.NotFound();
        }

        db.OfficialDays.Remove(official);
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(official.Date, cancellationToken);
        return CommandResult<OfficialDayDto>.Ok(Dto(official));
    }

    private async Task ChangedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        source.Forget();
        foreach (var listener in listeners)
        {
            await listener.CalendarChangedAsync(day, cancellationToken);
        }
    }

    private static OfficialDayDto Dto(OfficialDay d) => new(d.Id, d.Date, d.Kind, d.Name, d.Basis, Weekdays.Of(d.Date));
}
