using System.ComponentModel;
using Cake.Cli;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Spectre.Console.Cli;

namespace Cake.Frosting;

/// <summary>The options the host understands; everything else is passed to tasks as Cake arguments.</summary>
internal sealed class DefaultCommandSettings : CommandSettings
{
    [CommandOption("-t|--target|--Target <TARGET>")]
    [Description("Target task to invoke; repeat for several. Default: Default.")]
    public string[]? Targets { get; init; }

    [CommandOption("-w|--working <PATH>")]
    [Description("Working directory. Default: the current directory.")]
    [TypeConverter(typeof(Cake.Cli.DirectoryPathConverter))]
    public DirectoryPath? WorkingDirectory { get; init; }

    [CommandOption("-v|--verbosity <VERBOSITY>")]
    [Description("quiet, minimal, normal, verbose or diagnostic.")]
    [TypeConverter(typeof(VerbosityConverter))]
    public Verbosity? Verbosity { get; init; }

    [CommandOption("-e|--exclusive")]
    [Description("Run only the target(s), without their dependencies.")]
    public bool Exclusive { get; init; }

    [CommandOption("--dryrun|--noop|--whatif")]
    [Description("Show the tasks that would run, without running them.")]
    public bool DryRun { get; init; }

    [CommandOption("--tree|--showtree")]
    [Description("Show the task dependency tree; with --target, of the target(s) only.")]
    public bool Tree { get; init; }

    [CommandOption("--graph <FORMAT>")]
    [Description("Print the dependency graph of the target(s) as mermaid or dot, with each task's criteria.")]
    public string? Graph { get; init; }

    [CommandOption("--graph-file <PATH>")]
    [Description("Write the graph to this file instead (format from --graph, else .dot/.gv means dot).")]
    public string? GraphFile { get; init; }

    [CommandOption("--completion <SHELL>")]
    [Description("Print a completion script for bash, zsh or pwsh.")]
    public string? Completion { get; init; }

    [CommandOption("--description|--descriptions|--showdescription|--showdescriptions")]
    [Description("Show the tasks and their descriptions.")]
    public bool Description { get; init; }

    [CommandOption("--version|--ver")]
    [Description("Show the version.")]
    public bool Version { get; init; }

    [CommandOption("--info")]
    [Description("Show version details.")]
    public bool Info { get; init; }
}
