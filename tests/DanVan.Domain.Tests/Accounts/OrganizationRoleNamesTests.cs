using DanVan.Domain.Accounts;

namespace DanVan.Domain.Tests.Accounts;

public sealed class OrganizationRoleNamesTests
{
    [Theory]
    [InlineData("officer", OrganizationRole.Officer)]
    [InlineData("Chuyên viên", OrganizationRole.Officer)]
    [InlineData("chuyen vien", OrganizationRole.Officer)]
    [InlineData("LÃNH ĐẠO", OrganizationRole.Leader)]
    [InlineData("administrator", OrganizationRole.Administrator)]
    [InlineData("quan tri", OrganizationRole.Administrator)]
    public void Roles_parse_from_code_or_Vietnamese_name_with_or_without_diacritics(string text, OrganizationRole expected)
    {
        OrganizationRoleNames.TryParse(text, out var role).ShouldBeTrue();
        role.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("giám đốc")]
    [InlineData(null)]
    public void Unknown_roles_do_not_parse(string? text) =>
        OrganizationRoleNames.TryParse(text, out _).ShouldBeFalse();
}
