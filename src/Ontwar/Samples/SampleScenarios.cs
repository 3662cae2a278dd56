using System.Collections.Concurrent;

namespace Ontwar.Samples;

/// <summary>
/// The scenarios bundled with the library (the repository's <c>samples/*.json</c>, embedded in the assembly), so that
/// a first solve needs nothing but the package. Each is read once and shared; scenarios are immutable.
/// </summary>
public static class SampleScenarios
{
    private static readonly ConcurrentDictionary<string, Scenario> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of the bundled scenarios, in alphabetical order: <c>eenzaamheid</c>, <c>jonas</c>, <c>maria</c>, <c>stederen</c>, <c>tienen</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["eenzaamheid", "jonas", "maria", "stederen", "tienen"];

    /// <summary>Maria, 72, broke her hip and wants to keep living at home (seed 000): one person's network, with two rules.</summary>
    public static Scenario Maria => Get("maria");

    /// <summary>Jonas, a young person followed by De Zwerm in Tienen (seed 002): one person's network.</summary>
    public static Scenario Jonas => Get("jonas");

    /// <summary>Loneliness among older people in one neighbourhood: a collective challenge.</summary>
    public static Scenario Eenzaamheid => Get("eenzaamheid");

    /// <summary>Poverty across the border of two municipalities (seed 000).</summary>
    public static Scenario Stederen => Get("stederen");

    /// <summary>A municipality with three neighbourhoods (seed 002): the largest sample.</summary>
    public static Scenario Tienen => Get("tienen");

    /// <summary>A bundled scenario by name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public static Scenario Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No bundled scenario '{name}'; the bundled scenarios are {string.Join(", ", Names)}.", nameof(name));
        }

        return Cache.GetOrAdd(name, static n =>
        {
            // Embedded by Ontwar.csproj from samples/*.json under this logical name.
            using var stream = typeof(SampleScenarios).Assembly.GetManifestResourceStream($"Ontwar.Samples.{n}.json")
                ?? throw new InvalidOperationException($"The bundled scenario '{n}' is missing from the assembly.");
            return Serialization.ScenarioJson.Read(stream);
        });
    }
}
