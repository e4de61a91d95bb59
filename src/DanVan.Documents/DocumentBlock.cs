namespace DanVan.Documents;

/// <summary>One piece of a document's content: a heading, a paragraph or a table.</summary>
public abstract record DocumentBlock
{
    // Only this library's blocks exist, so the writer can render every one of them.
    private protected DocumentBlock()
    {
    }
}
