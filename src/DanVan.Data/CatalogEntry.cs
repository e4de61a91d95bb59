namespace DanVan.Data;

/// <summary>An entry of a national catalogue kept by central administrators (meeting types, sentiment topics): a code, a name, an order, and whether it is still offered.</summary>
public interface ICatalogEntry
{
    int Id { get; }

    string Code { get; set; }

    string Name { get; set; }

    int SortOrder { get; set; }

    bool IsActive { get; set; }
}
