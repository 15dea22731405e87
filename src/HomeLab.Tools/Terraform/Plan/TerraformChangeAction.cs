namespace HomeLab.Tools.Terraform;

/// <summary>What a plan does to one resource or output, from its <c>change.actions</c>.</summary>
public enum TerraformChangeAction
{
    /// <summary><c>["no-op"]</c>: nothing.</summary>
    NoOp,

    /// <summary><c>["create"]</c>.</summary>
    Create,

    /// <summary><c>["read"]</c>: a data source read during apply; changes nothing.</summary>
    Read,

    /// <summary><c>["update"]</c>: changed in place.</summary>
    Update,

    /// <summary><c>["delete"]</c>.</summary>
    Delete,

    /// <summary><c>["delete","create"]</c> or <c>["create","delete"]</c>: destroyed and created again.</summary>
    Replace,

    /// <summary><c>["forget"]</c>: dropped from the state, left running (a <c>removed</c> block).</summary>
    Forget,

    /// <summary>Any other list of actions, from a newer terraform.</summary>
    Unknown,
}
