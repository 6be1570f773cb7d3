using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>
/// The ways prose names a certification, worked out from its catalog name so editors never list
/// them twice: "CISSP (Certified Information Systems Security Professional)" is also "CISSP" and
/// the words in brackets; "CompTIA Security+" is also "Security+"; "Microsoft Certified: Azure AI
/// Engineer Associate" is also "Azure AI Engineer Associate". Words in brackets keep their issuer,
/// so "GPEN (GIAC Penetration Tester)" never matches the role title "AI Penetration Tester".
/// </summary>
internal static class CertificationTerms
{
    private static readonly string[] Prefixes = ["Microsoft Certified: ", "CompTIA ", "PECB Certified ", "PECB ", "ISTQB ", "GIAC "];

    public static IReadOnlyList<string> For(Certification certification)
    {
        var name = certification.Name;
        var terms = new List<string> { name };
        string? spelledOut = null;
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(')'))
        {
            var outside = name[..open];
            terms.Add(outside);
            // "CC (Certified in Cybersecurity)": the words spell out an abbreviation, so they name it too;
            // "CompTIA CySA+ (Cybersecurity Analyst)" only describes it, and those words are a job title.
            if (!outside.Contains(' ', StringComparison.Ordinal))
            {
                spelledOut = name[(open + 2)..^1];
            }
        }

        foreach (var term in terms.ToList())
        {
            foreach (var prefix in Prefixes.Where(p => term.StartsWith(p, StringComparison.Ordinal)))
            {
                terms.Add(term[prefix.Length..]);
            }
        }

        // Spelled-out words keep their issuer: "GIAC Penetration Tester" without it is a job title.
        if (spelledOut is not null)
        {
            terms.Add(spelledOut);
        }

        return [.. terms.Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];
    }
}
