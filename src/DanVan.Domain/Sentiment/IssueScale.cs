namespace DanVan.Domain.Sentiment;

/// <summary>How far a prominent issue (vấn đề nổi cộm) reaches.</summary>
public enum IssueScale
{
    /// <summary>Một thôn, tổ dân phố.</summary>
    OneHamlet = 1,

    /// <summary>Nhiều thôn, tổ dân phố.</summary>
    SeveralHamlets = 2,

    /// <summary>Toàn xã, phường.</summary>
    WholeCommune = 3,

    /// <summary>Liên xã, toàn tỉnh hoặc rộng hơn.</summary>
    BeyondCommune = 4,
}
