namespace HomeLab.Tools.Terraform;

/// <summary>One entry of a plan's <c>output_changes</c>; its values are left out, as they may be sensitive.</summary>
/// <param name="Name">The root output's name.</param>
/// <param name="Actions">Terraform's <c>actions</c> for it.</param>
public sealed record TerraformOutputChange(string Name, IReadOnlyList<string> Actions)
{
    /// <summary>What the plan does to the output.</summary>
    public TerraformChangeAction Action => TerraformChangeActions.From(Actions);
}
