using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Validation;

/// <summary>
/// Checks that a certification's status, dates and successor agree with each other, so a page never
/// says "retiring" without a date or points at a successor the catalog does not have.
/// </summary>
internal static class LifecycleChecks
{
    public static void Check(CertificationEntry certification, IReadOnlySet<string> certifications, ContentErrors errors)
    {
        var source = certification.Source;
        var written = certification.StatusWritten;
        if (written is not null && !TableSchemas.CertificationStatuses.Contains(written))
        {
            errors.Add(source.Path, source.At("status"), $"unknown status '{written}'{Suggestions.Hint(written, TableSchemas.CertificationStatuses)}");
            return;
        }

        var lifecycle = certification.Lifecycle;
        switch (lifecycle.Status)
        {
            case CertificationStatus.Retiring when lifecycle.Retires is null:
                errors.Add(source.Path, source.At("status"), "a retiring certification needs the date it retires \u2014 add a line like `retires: 2026-06-30`, as the issuer's page gives it");
                break;
            case CertificationStatus.Active when lifecycle.Retires is not null || lifecycle.Retired is not null:
                var field = lifecycle.Retires is not null ? "retires" : "retired";
                errors.Add(source.Path, source.At(field), $"'{field}' is set but the status is active \u2014 add `status: {(field == "retires" ? "retiring" : "retired")}` or remove the date");
                break;
            case CertificationStatus.Retiring when lifecycle.Retired is not null:
                errors.Add(source.Path, source.At("retired"), "'retired' is set but the status is retiring \u2014 write `status: retired` once the issuer has stopped awarding it, or use `retires:` for a date still to come");
                break;
            default:
                break;
        }

        if (lifecycle.ReplacedBy is not { } successor)
        {
            return;
        }

        if (successor == certification.Slug)
        {
            errors.Add(source.Path, source.At("replaced_by"), "a certification cannot replace itself \u2014 name the successor's slug");
        }
        else if (!certifications.Contains(successor))
        {
            errors.Add(source.Path, source.At("replaced_by"), $"unknown certification '{successor}'{Suggestions.Hint(successor, certifications.Order(StringComparer.Ordinal))} \u2014 add the successor to certifications.yml first");
        }
    }
}
