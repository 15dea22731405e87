using Cake.Core.IO;

namespace HomeLab.Tools.Docker;

/// <summary>The Compose that will run: the plugin or v1, the program to start, and how it was chosen.</summary>
/// <param name="Cli"><see cref="ComposeCli.Plugin"/> or <see cref="ComposeCli.Standalone"/>, never Auto.</param>
/// <param name="Program">The executable; <c>null</c> only for a description when nothing was found.</param>
/// <param name="How">How it was chosen, for the dry run: <c>detected</c>, <c>set in settings</c> or <c>nothing found, assumed</c>.</param>
internal sealed record ComposeSelection(ComposeCli Cli, FilePath? Program, string How)
{
    /// <summary>What runs, for messages: <c>docker compose</c> or <c>docker-compose</c>.</summary>
    public string Name => Cli == ComposeCli.Plugin ? "docker compose" : "docker-compose";
}
