using CareerPaths.Content.Model;

namespace CareerPaths.Content.Guidance;

/// <summary>
/// What the compare form was given and what became of it: each side's role when the slug names
/// one, the visitor's notices when it does not, and the comparison once both sides are known.
/// </summary>
public sealed record CompareQuery(
    string? FromSlug,
    string? ToSlug,
    Role? From,
    Role? To,
    IReadOnlyList<CompareNotice> Notices,
    RoleComparison? Result);

/// <summary>A friendly word about one side of the form (the "from" side when <paramref name="IsFrom"/>), with the role the visitor probably meant.</summary>
public sealed record CompareNotice(string Message, bool IsFrom, Role? DidYouMean);
