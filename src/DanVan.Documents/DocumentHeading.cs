namespace DanVan.Documents;

/// <summary>
/// A heading whose text already carries its numbering ("I- TÌNH HÌNH", "1. Kết quả", "a) Ở cơ sở").
/// Level 1 is bold capitals, level 2 bold, level 3 (and deeper) bold italic.
/// </summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading with its numbering.</param>
public sealed record DocumentHeading(int Level, string Text) : DocumentBlock;
