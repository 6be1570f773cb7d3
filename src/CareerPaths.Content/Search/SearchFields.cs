namespace CareerPaths.Content.Search;

/// <summary>The fields of the index and how much a match in each counts: a title above a job title, above skills, above the text.</summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string JobTitles = "job_titles";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Titles and job titles as one stemmed key each ("cissp", "ai penetr test"), for "the query is exactly this title".</summary>
    public const string ExactTitle = "title_exact";
    public const string ExactJobTitle = "job_title_exact";

    /// <summary>Every word as written, lower-cased: the dictionary spelling suggestions come from.</summary>
    public const string Words = "words";

    /// <summary>The document's position in the index's document list.</summary>
    public const string Ordinal = "ordinal";

    public static IReadOnlyList<(string Name, float Weight)> Text { get; } =
    [
        (Title, 8f),
        (JobTitles, 6f),
        (Keywords, 3f),
        (Summary, 2f),
        (Body, 1f),
    ];

    public const float ExactTitleWeight = 40f;
    public const float ExactJobTitleWeight = 30f;

    /// <summary>All the query's words next to each other in a title or job title.</summary>
    public const float TitlePhraseWeight = 6f;
}
