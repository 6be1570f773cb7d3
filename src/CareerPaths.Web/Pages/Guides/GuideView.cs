using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Guides;

/// <summary>One guide, and the other guides to read next.</summary>
internal sealed record GuideView(Guide Guide, IReadOnlyList<Guide> Others)
{
    /// <summary>
    /// A guide's audience inside a sentence ("Guide for students and new graduates"). English keeps
    /// its old all-lower-case form; a translation lowers only the first letter, so "TI" and "SOC" keep theirs.
    /// </summary>
    public static string AudienceInText(InterfaceText text, Guide guide)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(guide);
        var audience = guide.Audience;
        if (text.Language.IsOriginal)
        {
            return audience.ToLowerInvariant();
        }

        return audience.Length == 0 ? audience : char.ToLower(audience[0], text.Language.Culture) + audience[1..];
    }
}
