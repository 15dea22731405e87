namespace HomeLab.L1.Templates;

/// <summary>
/// One OS's template could not be built. The message is one line, "&lt;os&gt;: &lt;what failed and why&gt;", fit to show the
/// operator as it is (Cake's host prints it without a stack trace); nothing was written for the OS.
/// </summary>
public sealed class TemplateBuildException : Exception
{
    public TemplateBuildException(string os, string problem, Exception? innerException = null)
        : base($"{os}: {OneLine.Of(problem)}", innerException)
    {
        Os = os;
        Problem = OneLine.Of(problem);
    }

    /// <summary>The OS whose build failed.</summary>
    public string Os { get; }

    /// <summary>The message without the OS.</summary>
    public string Problem { get; }
}
