namespace DanVan.Data.Exemplary;

/// <summary>A measurable result of a model: a number, its unit and what it counts ("120 hộ thoát nghèo").</summary>
public sealed class ModelResult
{
    public long Id { get; set; }

    public long ModelId { get; set; }

    public int Order { get; set; }

    public decimal Value { get; set; }

    public string Unit { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
