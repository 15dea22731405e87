namespace HomeLab.Manifests;

/// <summary>One problem in one lab file, printed as <c>file:line: field: message</c>.</summary>
/// <param name="File">The file as the operator knows it: relative to the lab root, with forward slashes.</param>
/// <param name="Line">The 1-based line the problem is on, when the file has been read; null for a manifest not yet written.</param>
/// <param name="Field">The field (a JSON pointer without the leading slash, e.g. <c>tags/1</c>); null for the document as a whole.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record ManifestError(string File, int? Line, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
