namespace HomeLab.L0.Runway.Tools;

/// <summary>The layers above L0 that run tools; a run reaches some of them, and L0 requires only their tools.</summary>
public enum LabLayer
{
    L1 = 1,
    L2 = 2,
    L3 = 3,
    L4 = 4,
}
