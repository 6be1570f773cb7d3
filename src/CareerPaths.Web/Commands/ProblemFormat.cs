namespace CareerPaths.Web.Commands;

/// <summary>How `validate --format` prints each problem.</summary>
internal enum ProblemFormat
{
    /// <summary>"content/roles/x.md:3:8: error: message", for people.</summary>
    Text,

    /// <summary>"::error file=content/roles/x.md,line=3,col=8::message", for GitHub Actions.</summary>
    GitHub,
}
