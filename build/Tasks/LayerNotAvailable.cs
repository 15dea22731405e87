using Cake.Core;

namespace HomeLab.Build.Tasks;

/// <summary>The one-line failure of a layer that has not been built yet.</summary>
internal static class LayerNotAvailable
{
    public static CakeException Error(string layer, string name)
        => new($"{layer} {name} is not available yet; L0 Runway, L1 Templates and L2 Instances can run today (./build.sh --target=L2).");
}
