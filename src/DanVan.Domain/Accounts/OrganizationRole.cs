namespace DanVan.Domain.Accounts;

/// <summary>A role a person holds in one organisation, applying to its whole subtree.</summary>
public enum OrganizationRole
{
    /// <summary>Chuyên viên: enters reports, registers models, records meetings and petitions.</summary>
    Officer = 1,

    /// <summary>Lãnh đạo: approves or returns reports, assigns tasks, sees dashboards.</summary>
    Leader = 2,

    /// <summary>Quản trị: manages users, organisations and reference data.</summary>
    Administrator = 3,
}
