using DanVan.Web.Auth;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>What the task form shows: the input and the choices, and what is fixed for this task.</summary>
public sealed record TaskForm(
    TaskInput Input,
    bool Editing,
    IReadOnlyList<SubtreeAccess.Choice> Organizations,
    IReadOnlyList<ProgrammeDto> Programmes,
    string? FixedAssignedBy,
    string? ParentTitle);
