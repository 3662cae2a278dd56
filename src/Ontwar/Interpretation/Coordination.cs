namespace Ontwar.Interpretation;

/// <summary>
/// Who holds the coordination decisions of a package or of a link between packages (Dutch: <em>coördinatie</em>,
/// seed 000:695, 000:976-986).
/// </summary>
public enum Coordination
{
    /// <summary>
    /// Hierarchical or central coordination (<em>hiërarchisch / centraal</em>): management takes the strategic and
    /// coordinators the structural decisions, the team only the operational ones (000:976-978). Fits a simple and
    /// stable challenge that needs (almost) the same answer every time (000:982).
    /// </summary>
    Hierarchical = 0,

    /// <summary>
    /// Decentralised coordination (<em>decentraal</em>): the team takes strategic, structural and operational
    /// decisions itself (000:980). Fits a complex and changing challenge (000:984).
    /// </summary>
    Decentralised = 1,
}
