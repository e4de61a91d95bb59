using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>Records and withdraws recognition decisions of a model; both are audited.</summary>
public sealed class RecogniseModel(AppDbContext db, ModelAccess access, IAuditActor actor, TimeProvider clock, ILogger<RecogniseModel> logger)
{
    public async Task<CommandResult<ModelRecognition>> AddAsync(long modelId, RecognitionInput input, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<ModelRecognition>.Refused(status);
        }

        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors()
            .Text(nameof(input.DecisionNumber), "số quyết định", input.DecisionNumber, ModelLimits.DecisionNumberLength)
            .Text(nameof(input.IssuedBy), "cơ quan ban hành", input.IssuedBy, ModelLimits.IssuerLength);
        var decidedOn = InputChecks.Day(input.DecidedOn, nameof(input.DecidedOn), "ngày quyết định", today.AddYears(1), errors);
        if (decidedOn > today)
        {
            errors.Add(nameof(input.DecidedOn), "Ngày quyết định không được sau hôm nay.");
        }

        OrganizationLevel? level = Enum.TryParse<OrganizationLevel>(input.Level?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.Level, out _)
            ? parsed : null;
        if (level is null)
        {
            errors.Add(nameof(input.Level), "Vui lòng chọn cấp công nhận: Trung ương, tỉnh, huyện hoặc xã.");
        }

        var validFrom = InputChecks.Day(input.ValidFrom, nameof(input.ValidFrom), "ngày bắt đầu hiệu lực", today.AddYears(1), errors, required: false) ?? decidedOn;
        var validTo = InputChecks.Day(input.ValidTo, nameof(input.ValidTo), "ngày hết hiệu lực", today.AddYears(11), errors, required: false);
        if (validFrom is { } from && validTo is { } to && to < from)
        {
            errors.Add(nameof(input.ValidTo), "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
        }

        if (errors.Any)
        {
            return errors.ToResult<ModelRecognition>();
        }

        var organizationId = await db.ExemplaryModels.Where(m => m.Id == modelId).Select(m => m.OrganizationId).SingleAsync(cancellationToken);
        var recognition = new ModelRecognition
        {
            ModelId = modelId,
            OrganizationId = organizationId,
            DecisionNumber = Domain.Text.VietnameseText.Normalize(input.DecisionNumber!.Trim()),
            DecidedOn = decidedOn!.Value,
            IssuedBy = Domain.Text.VietnameseText.Normalize(input.IssuedBy!.Trim()),
            Level = level!.Value,
            ValidFrom = validFrom!.Value,
            ValidTo = validTo,
            ReevaluateYearly = input.ReevaluateYearly,
            LastDay = RecognitionValidity.LastDay(validFrom.Value, validTo, input.ReevaluateYearly),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName,
        };
        db.ModelRecognitions.Add(recognition);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Model {ModelId} recognised by decision {RecognitionId}", modelId, recognition.Id);
        return CommandResult<ModelRecognition>.Ok(recognition);
    }

    public async Task<CommandResult<ModelRecognition>> RemoveAsync(long modelId, long recognitionId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<ModelRecognition>.Refused(status);
        }

        var recognition = await db.ModelRecognitions.SingleOrDefaultAsync(r => r.Id == recognitionId && r.ModelId == modelId, cancellationToken);
        if (recognition is null)
        {
            return CommandResult<ModelRecognition>.NotFound();
        }

        db.ModelRecognitions.Remove(recognition);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ModelRecognition>.Ok(recognition);
    }
}
