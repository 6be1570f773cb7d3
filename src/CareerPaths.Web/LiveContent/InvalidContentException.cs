using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Web.LiveContent;

/// <summary>Thrown at start-up when the content has errors: the site refuses to serve broken content.</summary>
internal sealed class InvalidContentException : Exception
{
    public InvalidContentException()
        : this([])
    {
    }

    public InvalidContentException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public InvalidContentException(IReadOnlyList<ContentError> errors)
        : base($"The content has {errors?.Count(e => e.IsError) ?? 0} error(s); the site will not start until they are fixed.")
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<ContentError> Errors { get; }
}
