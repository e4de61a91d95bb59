namespace DanVan.Data.Seeding;

/// <summary>What to seed: the scale, the province for <see cref="DataSetScale.Province"/>, and the random seed.</summary>
public sealed record ScaleSeedRequest(DataSetScale Scale, string ProvinceCode = ScaleSeedRequest.DefaultProvince, int Seed = ScaleSeedRequest.DefaultSeed)
{
    /// <summary>Nghệ An.</summary>
    public const string DefaultProvince = "40";

    public const int DefaultSeed = 20250701;
}
