namespace CareerPaths.Content.Model;

/// <summary>
/// A certification's status with the dates that go with it, the slug of its successor, and when an
/// editor last checked it against the issuer's page. The successor stays a slug because it may be
/// listed after the entry that names it; <see cref="Catalog.Successor"/> resolves it.
/// </summary>
public sealed record CertificationLifecycle(
    CertificationStatus Status,
    DateOnly? Retires,
    DateOnly? Retired,
    string? ReplacedBy,
    DateOnly? Checked)
{
    public static CertificationLifecycle Active { get; } = new(CertificationStatus.Active, null, null, null, null);

    /// <summary>Role pages and find-your-path recommend every certification that is still awarded.</summary>
    public bool IsRecommendable => Status != CertificationStatus.Retired;

    /// <summary>The status word editors write: "active", "retiring" or "retired".</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();

    /// <summary>The date that goes with the status: when it retires, or when it retired.</summary>
    public DateOnly? StatusDate => Status switch
    {
        CertificationStatus.Retiring => Retires,
        CertificationStatus.Retired => Retired,
        _ => null,
    };
}
