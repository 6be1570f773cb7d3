using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace CareerPaths.Web.Endpoints;

// The records /data/careers.json is serialized from. /data/careers.schema.json is generated from
// them (CareersSchema): the attributes say what the schema promises beyond each property's type.
// They are kept together because each is a few lines and none is used apart from the others.

/// <summary>The whole data set: what /data/careers.json holds.</summary>
[Description("Every AI security career track, level, role and background mapping published by CareerPaths.")]
internal sealed record CareersDocument(
    [property: Description("Changes when the shape of this document changes.")] string SchemaVersion,
    [property: Description("A hash of the content this document was built from.")] string ContentVersion,
    string Currency,
    [property: MinLength(1)] IReadOnlyList<CareersTrack> Tracks,
    [property: MinLength(1)] IReadOnlyList<CareersLevel> Levels,
    [property: MinLength(1)] IReadOnlyList<CareersRole> Roles,
    IReadOnlyList<CareersMapping> Mappings,
    IReadOnlyList<CareersCertification> Certifications,
    [property: Description("The frameworks roles are mapped to, with the version their identifiers come from.")] IReadOnlyList<CareersFramework> Frameworks);

internal sealed record CareersTrack(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Slug,
    [property: MinLength(1)] string Title,
    [property: MinLength(1)] string Name,
    string Summary,
    [property: MinLength(1)] IReadOnlyList<string> FocusAreas,
    string BestFor,
    [property: RegularExpression("^(/[a-z0-9._-]+)*/tracks/[a-z0-9]+(-[a-z0-9]+)*$")] string Url);

internal sealed record CareersLevel(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Slug,
    string Name,
    string Label,
    [property: Range(0, int.MaxValue)] int YearsMin,
    [property: Range(0, int.MaxValue)] int? YearsMax,
    string ExampleRoles,
    string Focus,
    CareersSalary Salary);

internal sealed record CareersSalary(
    [property: Range(0, int.MaxValue)] int Min,
    [property: Range(0, int.MaxValue)] int Max,
    bool OpenEnded,
    [property: Description("Where the range comes from, as the editors recorded it.")] string? Source,
    [property: Description("The date the range holds for, or when it was taken from its source."), RegularExpression(CareersSchema.DatePattern)] string? AsOf);

internal sealed record CareersRole(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Slug,
    [property: MinLength(1)] string Title,
    [property: Description("Other titles employers advertise this role under.")] IReadOnlyList<string> JobTitles,
    [property: RegularExpression(CareersSchema.SlugPattern)] string Track,
    [property: RegularExpression(CareersSchema.SlugPattern)] string Level,
    string Summary,
    string Responsibilities,
    string Skills,
    [property: RegularExpression(CareersSchema.SlugPattern)] IReadOnlyList<string> Next,
    [property: RegularExpression(CareersSchema.DatePattern)] string Reviewed,
    [property: RegularExpression("^(/[a-z0-9._-]+)*/roles/[a-z0-9]+(-[a-z0-9]+)*$")] string Url,
    [property: Description("Where the role sits in the NICE Framework, ENISA ECSF, O*NET-SOC and the NIST AI RMF.")] CareersCrosswalk Frameworks);

internal sealed record CareersCrosswalk(
    [property: Description("NICE Framework work roles, such as DD-WRL-004.")] IReadOnlyList<CareersFrameworkEntry> NiceWorkRoles,
    [property: Description("ENISA ECSF role profiles, by name.")] IReadOnlyList<CareersFrameworkEntry> EcsfProfiles,
    [property: Description("The nearest O*NET-SOC occupation.")] CareersFrameworkEntry? OnetSoc,
    [property: Description("The NIST AI RMF functions the role mostly serves.")] IReadOnlyList<CareersFrameworkEntry> AiRmfFunctions,
    [property: Description("What the editors say about how well the frameworks fit.")] string? Note);

internal sealed record CareersFrameworkEntry(
    [property: MinLength(1)] string Id,
    [property: MinLength(1)] string Name);

internal sealed record CareersFramework(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Slug,
    string Name,
    string Publisher,
    [property: Description("The version the identifiers come from.")] string Version,
    [property: Url] string Url);

internal sealed record CareersMapping(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Background,
    string BackgroundName,
    [property: RegularExpression(CareersSchema.SlugPattern)] string Group,
    [property: RegularExpression(CareersSchema.SlugPattern)] string Role,
    string RoleLabel);

internal sealed record CareersCertification(
    [property: RegularExpression(CareersSchema.SlugPattern)] string Slug,
    string Name,
    string Issuer,
    [property: RegularExpression(CareersSchema.SlugPattern)] string Level,
    [property: RegularExpression(CareersSchema.SlugPattern)] IReadOnlyList<string> Tracks,
    [property: RegularExpression(CareersSchema.SlugPattern)] IReadOnlyList<string> Roles,
    [property: Url] string Url,
    [property: Description("active, retiring (the issuer has announced a date) or retired (no longer awarded, never recommended)."), RegularExpression("^(active|retiring|retired)$")] string Status,
    [property: Description("For a retiring certification, the date it retires; for a retired one, the date it retired."), RegularExpression(CareersSchema.DatePattern)] string? StatusDate,
    [property: Description("The slug of the certification the issuer names as its successor."), RegularExpression(CareersSchema.SlugPattern)] string? ReplacedBy,
    [property: Description("The date an editor last checked the entry against the issuer's page."), RegularExpression(CareersSchema.DatePattern)] string? Checked);
