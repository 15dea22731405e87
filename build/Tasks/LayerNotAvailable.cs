using Cake.Core;

namespace HomeLab.Build.Tasks;

/// <summary>The one-line failure of a layer that has not been built yet.</summary>
internal static class LayerNotAvailable
{
    public static CakeException Error(string layer, string name)
        => new($"{layer} {name} is not available yet; only L0 Runway can run today (./build.sh --target=L0).");
}
