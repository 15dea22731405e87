namespace HomeLab.Tools.Terraform;

/// <summary>Reads terraform's <c>change.actions</c> lists.</summary>
internal static class TerraformChangeActions
{
    public static TerraformChangeAction From(IReadOnlyList<string> actions) => actions switch
    {
        ["no-op"] => TerraformChangeAction.NoOp,
        ["create"] => TerraformChangeAction.Create,
        ["read"] => TerraformChangeAction.Read,
        ["update"] => TerraformChangeAction.Update,
        ["delete"] => TerraformChangeAction.Delete,
        ["delete", "create"] or ["create", "delete"] => TerraformChangeAction.Replace,
        ["forget"] => TerraformChangeAction.Forget,
        _ => TerraformChangeAction.Unknown,
    };
}
