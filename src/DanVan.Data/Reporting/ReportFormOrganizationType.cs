namespace DanVan.Data.Reporting;

/// <summary>An organisation type that submits a form; a form with none is submitted by every type at its levels.</summary>
public sealed class ReportFormOrganizationType
{
    public int FormId { get; set; }

    public int OrganizationTypeId { get; set; }
}
