using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks that every framework identifier a role names is listed in frameworks.yml, where each one
/// is recorded with the publisher's page it came from, so no identifier reaches a page unchecked.
/// </summary>
internal static class CrosswalkChecks
{
    public static void Check(ReadEntries read, ContentErrors errors)
    {
        if (read.IsUnreadable(SiteSections.FrameworksFile))
        {
            // Its own errors say enough; every identifier would be reported again.
            return;
        }

        var frameworks = read.Frameworks.DistinctBy(f => f.Slug).ToDictionary(f => f.Slug, StringComparer.Ordinal);
        foreach (var role in read.Roles)
        {
            foreach (var (field, slug, ids) in role.Crosswalk.Fields)
            {
                for (var i = 0; i < ids.Count; i++)
                {
                    var at = role.Source.At(field == "onet_soc" ? field : $"{field}[{i}]");
                    if (!frameworks.TryGetValue(slug, out var framework))
                    {
                        errors.Add(role.Source.Path, at, $"'{field}' needs the framework '{slug}' in {SiteSections.FrameworksFile} \u2014 add it there with the identifiers its publisher lists");
                        break;
                    }

                    if (framework.Find(ids[i]) is null)
                    {
                        var known = framework.Entries.Select(e => e.Id);
                        errors.Add(role.Source.Path, at, $"'{ids[i]}' is not listed under '{slug}' in {SiteSections.FrameworksFile}{Suggestions.Hint(ids[i], known)} \u2014 add identifiers there only as the publisher writes them");
                    }
                }
            }
        }
    }
}
