namespace HomeLab.Tools.Terraform;

/// <summary>
/// The resource addresses a plan adds, changes in place, replaces and destroys. Unlike terraform's own
/// "Plan: N to add, N to change, N to destroy", a replacement is counted once, as a replacement. No-op and read
/// are not changes.
/// </summary>
public sealed record TerraformPlanSummary(
    IReadOnlyList<string> Add, IReadOnlyList<string> Change, IReadOnlyList<string> Replace, IReadOnlyList<string> Destroy)
{
    /// <summary>True when the plan adds, changes, replaces and destroys nothing.</summary>
    public bool NoChanges => Add.Count == 0 && Change.Count == 0 && Replace.Count == 0 && Destroy.Count == 0;

    /// <summary>Sorts <paramref name="changes"/> into the four lists, keeping the plan's order.</summary>
    public static TerraformPlanSummary From(IEnumerable<TerraformResourceChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        List<string> With(TerraformChangeAction action) => list.Where(c => c.Action == action).Select(c => c.Address).ToList();
        return new TerraformPlanSummary(
            With(TerraformChangeAction.Create),
            With(TerraformChangeAction.Update),
            With(TerraformChangeAction.Replace),
            With(TerraformChangeAction.Delete));
    }

    /// <summary><c>no changes</c>, or e.g. <c>1 to add, 1 to change, 1 to replace, 0 to destroy</c>.</summary>
    public override string ToString() => NoChanges
        ? "no changes"
        : $"{Add.Count} to add, {Change.Count} to change, {Replace.Count} to replace, {Destroy.Count} to destroy";
}
