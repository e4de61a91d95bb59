using DanVan.Data;
using Npgsql;

namespace DanVan.Web.Tests.Features;

public sealed class ConnectionStringTests
{
    [Fact]
    public void PostgreSQL_connections_prepare_repeated_statements_plan_each_call_and_skip_the_reset_by_default()
    {
        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString("Host=db;Database=danvan;Username=app"));

        (built.Host, built.Database, built.Username).ShouldBe(("db", "danvan", "app"));
        built.MaxAutoPrepare.ShouldBeGreaterThan(0);
        built.NoResetOnClose.ShouldBeTrue();
        built.Options.ShouldBe("-c plan_cache_mode=force_custom_plan");
    }

    [Fact]
    public void A_PostgreSQL_connection_string_that_names_these_settings_keeps_them()
    {
        var given = "Host=db;Database=danvan;Max Auto Prepare=5;No Reset On Close=false;Options=-c plan_cache_mode=auto -c statement_timeout=5000";

        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString(given));

        (built.MaxAutoPrepare, built.NoResetOnClose, built.Options).ShouldBe((5, false, "-c plan_cache_mode=auto -c statement_timeout=5000"));
    }

    [Fact]
    public void Other_PostgreSQL_options_are_kept_beside_the_plan_setting()
    {
        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString("Host=db;Options=-c statement_timeout=5000"));

        built.Options.ShouldBe("-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan");
    }
}
