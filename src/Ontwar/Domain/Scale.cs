namespace Ontwar;

/// <summary>
/// The working area of an activity, member or package (Dutch: <em>werkingsgebied</em>, seed 000:685, 000:802-830),
/// ordered from small to large: comparisons such as <c>a &lt; b</c> mean "a is the smaller scale".
/// </summary>
public enum Scale
{
    /// <summary>The neighbourhood as its residents live it (<em>geleefde buurt</em>).</summary>
    LivedNeighbourhood = 0,

    /// <summary>A geographically delimited neighbourhood (<em>geografische buurt</em>).</summary>
    GeographicNeighbourhood = 1,

    /// <summary>The municipality or city and its rim (<em>gemeente/stad + rand</em>).</summary>
    Municipality = 2,

    /// <summary>The local region (<em>lokale regio</em>).</summary>
    LocalRegion = 3,

    /// <summary>The supra-local region (<em>bovenlokale regio</em>).</summary>
    SupraLocalRegion = 4,
}
