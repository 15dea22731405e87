namespace HomeLab.Tools.WhatIf;

/// <summary>
/// One thing a task would do, as a dry run shows it: a description, and for a tool the exact command, or for the
/// Proxmox API the method and path. A step with neither is a plain statement (a file it would write, a check it
/// would make, or something a dry run cannot know).
/// </summary>
public sealed record PlanStep
{
    private PlanStep(string description) => Description = description;

    /// <summary>What it does, in one line, e.g. <c>create the VM with the image as its disk</c>.</summary>
    public string Description { get; }

    /// <summary>The tool command it would start; null when it starts none.</summary>
    public PlannedCommand? Command { get; private init; }

    /// <summary>The Proxmox API call it would make; null when it makes none.</summary>
    public PlannedApiCall? ApiCall { get; private init; }

    /// <summary>A step that starts no tool and calls no API.</summary>
    public static PlanStep Note(string description) => new(Require(description));

    /// <summary>A tool command, from what a wrapper's <c>Describe</c> returns.</summary>
    public static PlanStep Run(string description, PlannedCommand command) =>
        new(Require(description)) { Command = command ?? throw new ArgumentNullException(nameof(command)) };

    /// <summary>A tool command, from what a wrapper's <c>Describe</c> returns.</summary>
    public static PlanStep Run(string description, ToolCommand command) => Run(description, PlannedCommand.From(command));

    /// <summary>A Proxmox API call, e.g. <c>POST /nodes/pve/qemu</c>.</summary>
    public static PlanStep Call(string description, string method, string path) =>
        new(Require(description)) { ApiCall = new PlannedApiCall(method, path) };

    private static string Require(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return description;
    }
}
