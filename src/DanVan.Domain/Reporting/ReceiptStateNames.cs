namespace DanVan.Domain.Reporting;

/// <summary>Vietnamese names of <see cref="ReceiptState"/> values.</summary>
public static class ReceiptStateNames
{
    /// <summary>The badge text, e.g. "Đúng hạn".</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(ReceiptState state) => state switch
    {
        ReceiptState.NotYetDue => "Chưa đến hạn",
        ReceiptState.Missing => "Chưa gửi",
        ReceiptState.Returned => "Trả lại",
        ReceiptState.OnTime => "Đúng hạn",
        ReceiptState.Late => "Trễ hạn",
        _ => state.ToString(),
    };
}
