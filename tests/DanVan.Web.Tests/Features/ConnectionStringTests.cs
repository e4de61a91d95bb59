using DanVan.Data;
using Npgsql;

namespace DanVan.Web.Tests.Features;

public sealed class ConnectionStringTests
{
    [Fact]
    public void PostgreSQL_connections_prepare_repeated_statements_and_skip_the_reset_by_default()
    {
        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString("Host=db;Database=danvan;Username=app"));

        (built.Host, built.Database, built.Username).ShouldBe(("db", "danvan", "app"));
        built.MaxAutoPrepare.ShouldBeGreaterThan(0);
        built.NoResetOnClose.ShouldBeTrue();
        built.Options.ShouldBeNull();
    }

    [Fact]
    public void A_PostgreSQL_connection_string_that_names_these_settings_keeps_them()
    {
        var given = "Host=db;Database=danvan;Max Auto Prepare=5;No Reset On Close=false;Options=-c statement_timeout=5000";

        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString(given));

        (built.MaxAutoPrepare, built.NoResetOnClose, built.Options).ShouldBe((5, false, "-c statement_timeout=5000"));
    }
}
