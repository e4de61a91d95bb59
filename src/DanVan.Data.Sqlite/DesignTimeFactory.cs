using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Data.Sqlite;

/// <summary>Used only by the dotnet-ef tool to generate this provider's migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(options, postgres: false, "Data Source=design.db");
        return new AppDbContext(options.Options);
    }
}
