using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;

namespace DanVan.Web.Features.Models;

/// <summary>Where a model stands: recognised now, recognised once but expired, or never recognised.</summary>
public enum ModelRecognitionState
{
    None = 0,
    Recognised = 1,
    Expired = 2,
}

public sealed record ModelSummaryDto(
    long Id,
    string Name,
    ModelField Field,
    string FieldName,
    int OrganizationId,
    string OrganizationName,
    OrganizationLevel Level,
    string LevelName,
    DateOnly StartedOn,
    bool IsPublished,
    long? OriginId,
    ModelRecognitionState Recognition,
    string RecognitionName);

public sealed record ModelResultDto(decimal Value, string Unit, string Label);

public sealed record RecognitionDto(
    long Id,
    string DecisionNumber,
    DateOnly DecidedOn,
    string IssuedBy,
    OrganizationLevel Level,
    string LevelName,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    bool ReevaluateYearly,
    DateOnly? LastDay,
    RecognitionStatus Status,
    string StatusName);

public sealed record ModelFileDto(long Id, string FileName, string? Caption, long Size, DateTime UploadedAt, string? UploadedBy);

public sealed record ModelDto(
    long Id,
    string Name,
    ModelField Field,
    string FieldName,
    int OrganizationId,
    string OrganizationName,
    OrganizationLevel Level,
    string LevelName,
    DateOnly StartedOn,
    string Description,
    string? Goals,
    string? Beneficiaries,
    bool IsPublished,
    long? OriginId,
    long RootId,
    ModelRecognitionState Recognition,
    string RecognitionName,
    IReadOnlyList<ModelResultDto> Results,
    IReadOnlyList<RecognitionDto> Recognitions,
    IReadOnlyList<ModelFileDto> Photos,
    IReadOnlyList<ModelFileDto> Documents,
    int ReplicaCount,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTime UpdatedAt,
    string? UpdatedBy);

/// <summary>One model of a replication tree; a model outside the reader's subtrees shows only its organisation.</summary>
public sealed record TreeNodeDto(long Id, long? OriginId, int Depth, string? Name, string OrganizationName, DateOnly StartedOn, bool Visible);

/// <summary>A model's replication tree from its original: every model, how many replicate the asked one directly and in all.</summary>
public sealed record ModelTreeDto(long ModelId, long RootId, int Total, int DirectReplicas, int AllReplicas, IReadOnlyList<TreeNodeDto> Nodes);

public sealed record StatisticsRow(string Key, string Name, IReadOnlyList<int> Counts, int Total, int Recognised);

/// <summary>Models started each year by field and by level, with how many are recognised now.</summary>
public sealed record ModelStatisticsDto(int OrganizationId, string OrganizationName, IReadOnlyList<int> Years, IReadOnlyList<StatisticsRow> ByField, IReadOnlyList<StatisticsRow> ByLevel, StatisticsRow All);
