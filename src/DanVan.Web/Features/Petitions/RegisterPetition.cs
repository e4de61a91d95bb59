using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Registers a petition received by any channel: checked in full, then written with its first
/// event, its audit row and the deadline it starts running against. Staff register for
/// organisations in their scope; the public portal and other systems for any organisation at work.
/// </summary>
public sealed class RegisterPetition(AppDbContext db, OrganizationScope scope, PetitionDeadlines deadlines, PetitionWriter writer, IAuditActor actor, TimeProvider clock, ILogger<RegisterPetition> logger)
{
    public const int MaxPetitioners = 50;

    public enum Source
    {
        Staff,
        Public,
    }

    public async Task<CommandResult<Registered>> HandleAsync(PetitionInput input, Source source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var errors = new ValidationErrors()
            .Text(nameof(input.Summary), "trích yếu nội dung", input.Summary, PetitionLimits.SummaryLength)
            .Text(nameof(input.Content), "nội dung đơn", input.Content, PetitionLimits.ContentLength);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Vui lòng chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh.");
        }

        if (input.Field is not { } field || !Enum.IsDefined(field))
        {
            errors.Add(nameof(input.Field), "Vui lòng chọn lĩnh vực.");
        }

        var channel = source == Source.Public ? PetitionChannel.Portal : input.Channel ?? default;
        if (!Enum.IsDefined(channel))
        {
            errors.Add(nameof(input.Channel), "Vui lòng chọn nguồn đơn.");
        }

        var receivedOn = today;
        if (source == Source.Staff && !string.IsNullOrWhiteSpace(input.ReceivedOn))
        {
            if (!DateInput.TryParse(input.ReceivedOn, out var received))
            {
                errors.Add(nameof(input.ReceivedOn), "Ngày nhận đơn phải có dạng dd/MM/yyyy.");
            }
            else if (received > today)
            {
                errors.Add(nameof(input.ReceivedOn), "Ngày nhận đơn không được sau hôm nay.");
            }
            else if (received < today.AddYears(-10))
            {
                errors.Add(nameof(input.ReceivedOn), "Ngày nhận đơn không được trước quá 10 năm.");
            }
            else
            {
                receivedOn = received!.Value;
            }
        }

        CheckPetitioners(input.Petitioners, errors);

        // The organisation's unit says whether the petition is in a remote area (see RemoteAreas):
        // read in the same query, so the intake path costs no extra round trip.
        var organization = input.OrganizationId is { } organizationId
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
                .Select(o => new { o.Id, o.Path, o.ValidTo, o.Name, IsRemoteArea = o.AdminUnitCode != null && db.RemoteAreas.Any(r => r.AdminUnitCode == o.AdminUnitCode) })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (organization is null || organization.ValidTo is not null)
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động nhận đơn.");
        }
        else if (source == Source.Staff && !await scope.CanReadAsync(organization.Path, cancellationToken))
        {
            return CommandResult<Registered>.Forbidden();
        }

        Petition? first = null;
        if (!string.IsNullOrWhiteSpace(input.FirstPetitionCode))
        {
            var code = TrackingCodes.Normalize(input.FirstPetitionCode);
            first = code is null ? null : await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.TrackingCode == code, cancellationToken);
            if (first is null || (source == Source.Staff && !await scope.CanReadAsync(first.OrganizationId, cancellationToken)))
            {
                errors.Add(nameof(input.FirstPetitionCode), "Không tìm thấy đơn khiếu nại lần đầu với mã này.");
            }
            else if (first.Kind != PetitionKind.Complaint || first.Round != 1 || input.Kind != PetitionKind.Complaint)
            {
                errors.Add(nameof(input.FirstPetitionCode), "Chỉ khiếu nại lần hai mới gắn với một đơn khiếu nại lần đầu.");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult<Registered>();
        }

        var petition = new Petition
        {
            TrackingCode = TrackingCodes.New(),
            OrganizationId = organization!.Id,
            Kind = input.Kind!.Value,
            Field = input.Field!.Value,
            Channel = channel,
            Round = first is null ? 1 : 2,
            FirstPetitionId = first?.Id,
            Summary = VietnameseText.Normalize(input.Summary!.Trim()),
            Content = VietnameseText.Normalize(input.Content!.Trim()),
            ReceivedOn = receivedOn,
            Status = PetitionStatus.Registered,
            // Staff may override the designation for one petition; the portal never does.
            IsRemoteArea = (source == Source.Staff ? input.IsRemoteArea : null) ?? organization.IsRemoteArea,
            Revision = 1,
            CreatedAt = now,
            CreatedBy = actor.UserName,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
            Petitioners = [.. input.Petitioners.Where(p => !string.IsNullOrWhiteSpace(p.FullName)).Select(Petitioner)],
        };
        var legalClock = await deadlines.ClockAsync(cancellationToken);
        PetitionDeadlines.Refresh(petition, legalClock, receivedOn);
        petition.Events.Add(new PetitionEvent
        {
            At = now,
            UserName = actor.UserName,
            Title = "Tiếp nhận đơn",
            Note = $"{PetitionNames.Of(channel)}; ngày nhận {DateInput.Show(receivedOn)}" + (first is null ? "." : $"; khiếu nại lần hai đối với đơn {first.TrackingCode}."),
            IsPublic = true,
        });

        // The petition, its sender, first event and audit row are committed together, with the
        // petitions registered at the same moment (group commit); the answer waits for the commit.
        var by = new CapturedActor(actor.UserId, actor.UserName);
        await writer.WriteAsync(petition, written => PetitionAudit.Entry(by, now, written, "Registered", null,
            new { written.TrackingCode, written.Kind, written.Field, written.Channel, written.Round, written.ReceivedOn, written.IsRemoteArea, written.DueOn, Petitioners = written.Petitioners.Count }), cancellationToken);

        logger.LogInformation("Petition {PetitionId} registered for organization {OrganizationId} by {Channel}", petition.Id, petition.OrganizationId, channel);
        return CommandResult<Registered>.Ok(new Registered(petition, organization.Name, first?.TrackingCode, legalClock, today));
    }

    /// <summary>A registered petition with what its file shows beside it, so the answer needs no query.</summary>
    public sealed record Registered(Petition Petition, string OrganizationName, string? FirstPetitionCode, PetitionClock Clock, DateOnly Today);

    public static void CheckPetitioners(IReadOnlyList<PetitionerInput> petitioners, ValidationErrors errors)
    {
        var named = petitioners.Where(p => !string.IsNullOrWhiteSpace(p.FullName)).ToList();
        if (named.Count == 0)
        {
            errors.Add("Petitioners", "Vui lòng nhập họ và tên người gửi đơn.");
        }

        if (petitioners.Count > MaxPetitioners)
        {
            errors.Add("Petitioners", $"Một đơn ghi tối đa {MaxPetitioners} người gửi; đơn đông người thì ghi người đại diện.");
            return;
        }

        for (var i = 0; i < petitioners.Count; i++)
        {
            var p = petitioners[i];
            var prefix = $"Petitioners[{i}].";
            var label = petitioners.Count > 1 ? $" (người thứ {i + 1})" : string.Empty;
            errors.Text(prefix + nameof(p.FullName), "họ và tên" + label, p.FullName, 200, required: false)
                .Text(prefix + nameof(p.Address), "địa chỉ" + label, p.Address, 500, required: false);
            if (!string.IsNullOrWhiteSpace(p.Phone) && (p.Phone.Trim().Length > 20 || !p.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-')))
            {
                errors.Add(prefix + nameof(p.Phone), $"Số điện thoại{label} chỉ gồm chữ số, dấu cách và dấu +, tối đa 20 ký tự.");
            }

            if (!string.IsNullOrWhiteSpace(p.Email) && (p.Email.Trim().Length > 200 || !System.Net.Mail.MailAddress.TryCreate(p.Email.Trim(), out _)))
            {
                errors.Add(prefix + nameof(p.Email), $"Địa chỉ thư điện tử{label} không hợp lệ.");
            }

            if (!string.IsNullOrWhiteSpace(p.IdentityNumber) && !(p.IdentityNumber.Trim().Length is 9 or 12 && p.IdentityNumber.Trim().All(char.IsAsciiDigit)))
            {
                errors.Add(prefix + nameof(p.IdentityNumber), $"Số định danh cá nhân{label} gồm 12 chữ số (hoặc 9 chữ số với chứng minh nhân dân cũ).");
            }
        }
    }

    private static Petitioner Petitioner(PetitionerInput p) => new()
    {
        FullName = VietnameseText.Normalize(p.FullName!.Trim()),
        Phone = Blank(p.Phone),
        Email = Blank(p.Email),
        Address = Blank(p.Address) is { } address ? VietnameseText.Normalize(address) : null,
        IdentityNumber = Blank(p.IdentityNumber),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
