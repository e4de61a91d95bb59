using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Features;

public abstract class DataIntegrityTests(DanVanFactory factory)
{
    [Fact]
    public async Task The_database_refuses_a_row_that_points_to_a_missing_organisation()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        var missing = await db.Organizations.MaxAsync(o => o.Id) + 1000;
        var before = await db.RoleAssignments.CountAsync();

        db.RoleAssignments.Add(new RoleAssignment { UserId = admin, OrganizationId = missing, Role = OrganizationRole.Officer });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        (await db.RoleAssignments.CountAsync()).ShouldBe(before);
    }
}

[Collection("sqlite")]
public sealed class SqliteDataIntegrityTests(SqliteFixture fixture) : DataIntegrityTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresDataIntegrityTests(PostgresFixture fixture) : DataIntegrityTests(fixture.Factory);
