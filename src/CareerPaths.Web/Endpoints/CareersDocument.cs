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
    IReadOnlyList<CareersCertification> Certifications);

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
    bool OpenEnded);

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
    [property: RegularExpression(@"^\d{4}-\d{2}-\d{2}$")] string Reviewed,
    [property: RegularExpression("^(/[a-z0-9._-]+)*/roles/[a-z0-9]+(-[a-z0-9]+)*$")] string Url);

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
    [property: Url] string Url);
