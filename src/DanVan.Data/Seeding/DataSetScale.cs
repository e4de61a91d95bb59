namespace DanVan.Data.Seeding;

/// <summary>How much synthetic data <see cref="ScaleSeeder"/> builds.</summary>
public enum DataSetScale
{
    /// <summary>One province's share, for quick runs.</summary>
    Province,

    /// <summary>The whole country: 34 provinces, 3,321 communes.</summary>
    National,
}
