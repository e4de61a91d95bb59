using System.Text.Json;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Merging;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>
/// Merges an organisation into another from a date: the old one closes the day before and keeps
/// its history, its open children move under the target, and each capability's merge step moves
/// the live data it owns.
/// </summary>
public sealed class MergeOrganization(
    AppDbContext db,
    OrganizationScope scope,
    IEnumerable<IOrganizationMergeStep> steps,
    IAuditActor actor,
    TimeProvider clock,
    ILogger<MergeOrganization> logger)
{
    public async Task<CommandResult<int>> HandleAsync(int sourceId, MergeOrganizationRequest request, CancellationToken cancellationToken)
    {
        var source = await db.Organizations.SingleOrDefaultAsync(o => o.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return CommandResult<int>.NotFound();
        }

        var target = request.TargetId is { } targetId ? await db.Organizations.SingleOrDefaultAsync(o => o.Id == targetId, cancellationToken) : null;
        if (!await scope.CanManageAsync(source.Path, cancellationToken) || target is not null && !await scope.CanManageAsync(target.Path, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var errors = new ValidationErrors();
        if (target is null)
        {
            errors.Add(nameof(request.TargetId), "Vui lòng chọn tổ chức nhận hợp nhất.");
        }
        else if (target.Id == source.Id || OrganizationPath.IsWithin(source.Path, target.Path))
        {
            errors.Add(nameof(request.TargetId), "Không thể hợp nhất vào chính tổ chức này hoặc một tổ chức trực thuộc nó.");
        }
        else if (!target.IsOpen)
        {
            errors.Add(nameof(request.TargetId), $"Tổ chức \"{target.Name}\" đã đóng.");
        }

        if (source.ParentId is null)
        {
            errors.Add(string.Empty, "Không thể hợp nhất tổ chức gốc của hệ thống.");
        }

        if (!source.IsOpen)
        {
            errors.Add(string.Empty, $"Tổ chức đã đóng từ ngày {DateInput.Show(source.ValidTo)}.");
        }

        if (!DateInput.TryParse(request.EffectiveOn, out var effectiveOn))
        {
            errors.Add(nameof(request.EffectiveOn), "Ngày hợp nhất phải có dạng dd/MM/yyyy.");
        }
        else if (effectiveOn <= source.ValidFrom)
        {
            errors.Add(nameof(request.EffectiveOn), $"Ngày hợp nhất phải sau ngày bắt đầu của tổ chức ({DateInput.Show(source.ValidFrom)}).");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        var day = effectiveOn!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        source.ValidTo = day.AddDays(-1);
        source.MergedIntoId = target!.Id;

        var children = await db.Organizations.Where(o => o.ParentId == source.Id && o.ValidTo == null).ToListAsync(cancellationToken);
        var moves = children.Select(c => (Child: c, OldPath: c.Path)).ToList();
        foreach (var child in children)
        {
            child.ParentId = target.Id;
            child.Path = OrganizationPath.Of(target.Path, child.Id);
        }

        var moved = 0;
        foreach (var step in steps)
        {
            moved += await step.MoveAsync(db, source.Id, target.Id, day, cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            OrganizationId = source.Id,
            EntityType = "Organization",
            EntityId = source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = "Merged",
            After = JsonSerializer.Serialize(new { MergedIntoId = target.Id, EffectiveOn = day, ChildrenMoved = children.Count, RowsMoved = moved }),
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (child, oldPath) in moves)
        {
            await SubtreeMove.MoveDescendantsAsync(db, oldPath, child.Path, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Organization {SourceId} merged into {TargetId} from {EffectiveOn}", source.Id, target.Id, day);
        return CommandResult<int>.Ok(target.Id);
    }
}
