using DanVan.Domain.Organizations;

namespace DanVan.Domain.Tests.Organizations;

public sealed class OrganizationPathTests
{
    [Theory]
    [InlineData(null, 1, "/1/")]
    [InlineData("/1/", 7, "/1/7/")]
    [InlineData("/1/7/", 42, "/1/7/42/")]
    public void A_child_path_extends_its_parent(string? parent, int id, string expected) =>
        OrganizationPath.Of(parent, id).ShouldBe(expected);

    [Theory]
    [InlineData("/1/7/", "/1/7/", true)]
    [InlineData("/1/7/", "/1/7/42/", true)]
    [InlineData("/1/7/", "/1/70/", false)]
    [InlineData("/1/7/", "/1/", false)]
    [InlineData("/1/", "/2/1/", false)]
    public void Within_means_the_root_itself_or_a_descendant(string root, string path, bool within) =>
        OrganizationPath.IsWithin(root, path).ShouldBe(within);

    [Fact]
    public void The_upper_bound_sorts_after_every_descendant_and_before_siblings_with_longer_ids()
    {
        var upper = OrganizationPath.UpperBound("/1/7/");

        string.CompareOrdinal("/1/7/999999/", upper).ShouldBeLessThan(0);
        string.CompareOrdinal("/1/7/", upper).ShouldBeLessThan(0);
        string.CompareOrdinal("/1/70/", upper).ShouldBeGreaterThanOrEqualTo(0);
        string.CompareOrdinal("/1/8/", upper).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Ids_lists_the_path_root_first() =>
        OrganizationPath.Ids("/1/7/42/").ShouldBe([1, 7, 42]);

    [Theory]
    [InlineData("/1/", "/1/7/42/", 7)]
    [InlineData("/1/", "/1/7/", 7)]
    [InlineData("/1/7/", "/1/7/42/99/", 42)]
    [InlineData("/1/", "/1/", null)]
    [InlineData("/1/7/", "/1/70/", null)]
    [InlineData("/1/7/", "/2/7/42/", null)]
    public void The_child_whose_subtree_holds_a_path(string root, string path, int? child) =>
        OrganizationPath.ChildUnder(root, path).ShouldBe(child);
}
