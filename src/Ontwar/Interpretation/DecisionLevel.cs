namespace Ontwar.Interpretation;

/// <summary>
/// A level of coordination decisions (Dutch: <em>beslissingsniveau</em>, seed 000:317, 000:659-661), from goals to
/// execution.
/// </summary>
public enum DecisionLevel
{
    /// <summary>Strategic decisions (<em>strategisch</em>): setting goals together, "which goals do we want to reach?".</summary>
    Strategic = 0,

    /// <summary>Structural decisions (<em>structureel</em>): setting the working method together.</summary>
    Structural = 1,

    /// <summary>Operational decisions (<em>operationeel</em>): applying the working method, performing the activities.</summary>
    Operational = 2,
}
