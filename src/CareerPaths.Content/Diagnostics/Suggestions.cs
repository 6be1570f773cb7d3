namespace CareerPaths.Content.Diagnostics;

/// <summary>Finds the name an editor probably meant, by edit distance, for "did you mean ...?" hints.</summary>
public static class Suggestions
{
    /// <summary>" — did you mean 'technical'?" when a close name exists, otherwise the list of valid names.</summary>
    public static string Hint(string typed, IEnumerable<string> known, bool listChoices = true)
    {
        ArgumentNullException.ThrowIfNull(known);
        var names = known.Distinct(StringComparer.Ordinal).ToList();
        var closest = Closest(typed, names);
        if (closest is not null)
        {
            return $" \u2014 did you mean '{closest}'?";
        }

        return listChoices && names.Count is > 0 and <= 12
            ? $" \u2014 use one of: {string.Join(", ", names.Order(StringComparer.Ordinal))}"
            : string.Empty;
    }

    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var lowered = typed.ToLowerInvariant();
        var allowed = Math.Max(2, typed.Length / 3);
        return known
            .Select(name => (Name: name, Distance: Distance(lowered, name.ToLowerInvariant())))
            .Where(p => p.Distance <= allowed)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance with two rows, enough for slugs and field names.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
