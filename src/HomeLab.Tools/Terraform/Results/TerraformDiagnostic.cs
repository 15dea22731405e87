namespace HomeLab.Tools.Terraform;

/// <summary>One error or warning terraform reported, from <c>validate -json</c> or read from its text output.</summary>
/// <param name="Severity">"error" or "warning".</param>
/// <param name="Summary">The headline, e.g. "Unsupported argument".</param>
/// <param name="Detail">The explanation, e.g. "An argument named "x" is not expected here."; may be empty.</param>
/// <param name="FileName">The file the diagnostic points at, when it points at one.</param>
/// <param name="Line">The line in <paramref name="FileName"/>.</param>
public sealed record TerraformDiagnostic(string Severity, string Summary, string Detail, string? FileName, int? Line)
{
    /// <summary>Whether this is an error (rather than a warning).</summary>
    public bool IsError => string.Equals(Severity, "error", StringComparison.OrdinalIgnoreCase);

    /// <summary>One line: <c>Error: Summary: detail (on main.tf line 3)</c>.</summary>
    public override string ToString()
    {
        var label = IsError ? "Error" : "Warning";
        var detail = Detail.Length == 0 ? string.Empty : ": " + Detail.TrimEnd('.');
        var where = FileName is null ? string.Empty : Line is { } line ? $" (on {FileName} line {line})" : $" (in {FileName})";
        return $"{label}: {Summary.TrimEnd('.')}{detail}{where}";
    }
}
