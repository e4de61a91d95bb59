namespace DanVan.Documents;

/// <summary>The signature block.</summary>
/// <param name="Authority">Quyền hạn ký, e.g. "K/T TRƯỞNG BAN" (Party) or "KT. GIÁM ĐỐC" (State); <c>null</c> when the head signs directly.</param>
/// <param name="Position">Chức vụ, e.g. "PHÓ TRƯỞNG BAN".</param>
/// <param name="Name">Họ tên, without academic titles.</param>
public sealed record DocumentSignature(string? Authority, string Position, string Name);
