namespace DanVan.Data.Seeding;

/// <summary>Demo data and first accounts; bound from the "Demo" section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo organisation tree and demo users on an empty database.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>Password for the admin and demo accounts; generated and printed once when empty.</summary>
    public string? Password { get; set; }

    /// <summary>Province codes that get a demo tree: Nghệ An, Đắk Lắk, Thành phố Huế by default.</summary>
    public string[] Provinces { get; set; } = ["40", "66", "46"];
}
