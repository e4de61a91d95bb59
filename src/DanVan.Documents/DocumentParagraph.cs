namespace DanVan.Documents;

/// <summary>A justified body paragraph with a first-line indent; a line break in the text starts a new line.</summary>
/// <param name="Text">The paragraph's text.</param>
public sealed record DocumentParagraph(string Text) : DocumentBlock;
