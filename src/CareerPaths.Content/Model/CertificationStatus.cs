namespace CareerPaths.Content.Model;

/// <summary>Where a certification is in its life, as its issuer publishes it.</summary>
public enum CertificationStatus
{
    /// <summary>On offer; the default when an entry says nothing.</summary>
    Active,

    /// <summary>Still awarded, but the issuer has announced the date it stops.</summary>
    Retiring,

    /// <summary>No longer awarded: kept in the catalog so holders and readers find its successor, never recommended.</summary>
    Retired,
}
