using System.Text.Encodings.Web;
using System.Text.Json;

namespace HomeLab.Manifests;

/// <summary>How the lab's JSON files are written.</summary>
internal static class ManifestJson
{
    /// <summary>
    /// Indented, with text written as it is (é stays é, + stays +) rather than as \u escapes: these files are read by
    /// operators as well as by Terraform. They are never embedded in HTML, so the HTML-safe escaping has no use here.
    /// </summary>
    public static readonly JsonSerializerOptions File = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same on one line, for the promotion log.</summary>
    public static readonly JsonSerializerOptions Line = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
