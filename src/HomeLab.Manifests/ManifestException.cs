namespace HomeLab.Manifests;

/// <summary>
/// A lab file is missing, malformed or refuses the operation asked of it. <see cref="Exception.Message"/> is meant for the
/// operator as it stands: one line per problem, each naming the file (and line, where there is one) and what to do.
/// </summary>
public class ManifestException : Exception
{
    public ManifestException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Reports every problem found in one file; the message has one line per problem.</summary>
    public ManifestException(IReadOnlyList<ManifestError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(error => error.ToString())))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>The problems found in a file, in the order they appear in it; empty when the failure is not about a file's content.</summary>
    public IReadOnlyList<ManifestError> Errors { get; }
}
