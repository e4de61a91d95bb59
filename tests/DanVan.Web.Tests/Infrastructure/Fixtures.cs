namespace DanVan.Web.Tests.Infrastructure;

/// <summary>One application and database per provider, shared by the tests of that provider.</summary>
public sealed class SqliteFixture : IDisposable
{
    public DanVanFactory Factory { get; } = new SqliteFactory();

    public void Dispose() => Factory.Dispose();
}

public sealed class PostgresFixture : IDisposable
{
    public DanVanFactory Factory { get; } = new PostgresFactory();

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition("sqlite")]
public sealed class SqliteDatabase : ICollectionFixture<SqliteFixture>;

[CollectionDefinition("postgres")]
public sealed class PostgresDatabase : ICollectionFixture<PostgresFixture>;
