namespace Ontwar;

/// <summary>
/// Collaboration intensity (Dutch: <em>samenwerkingsintensiteit</em>, seed 000:323, 000:924), ordered from low to high.
/// Used both for the strength of a dependency and for the intensity a package or a link between packages needs.
/// </summary>
public enum Intensity
{
    /// <summary>Referral (<em>doorverwijzen</em>).</summary>
    Referral = 0,

    /// <summary>Sharing information (<em>info delen</em>).</summary>
    Information = 1,

    /// <summary>Aligning activities (<em>activiteiten afstemmen</em>).</summary>
    Alignment = 2,

    /// <summary>Performing activities together (<em>samen activiteiten uitvoeren</em>).</summary>
    Joint = 3,
}
