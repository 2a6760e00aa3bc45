namespace ObsCore.Model;

/// <summary>The polarisation states ObsCore's pol_states names (ObsCore 1.1 §4.24), which SIAv2's and SODA's POL take.</summary>
public static class PolarisationStates
{
    public static readonly IReadOnlyList<string> All = ["I", "Q", "U", "V", "RR", "LL", "RL", "LR", "XX", "YY", "XY", "YX", "POLI", "POLA"];
}
