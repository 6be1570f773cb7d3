namespace CareerPaths.Content.Model;

/// <summary>Splits the seed's comma-separated lists ("A, b, c (d)") into items, leaving commas inside brackets alone.</summary>
public static class TextItems
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    AddItem(items, text[start..i]);
                    start = i + 1;
                    break;
                default:
                    break;
            }
        }

        AddItem(items, text[start..]);
        return items;
    }

    private static void AddItem(List<string> items, string item)
    {
        var trimmed = item.Trim();
        if (trimmed.Length > 0)
        {
            items.Add(trimmed);
        }
    }
}
