namespace DanVan.Data.Exemplary;

/// <summary>The longest texts and the most rows a "Dân vận khéo" model keeps.</summary>
public static class ModelLimits
{
    public const int NameLength = 300;
    public const int TextLength = 8000;
    public const int BeneficiariesLength = 2000;
    public const int LabelLength = 200;
    public const int UnitLength = 50;
    public const int MaxResults = 30;
    public const int DecisionNumberLength = 50;
    public const int IssuerLength = 300;
    public const int CaptionLength = 300;
    public const int MaxPhotos = 30;
}
