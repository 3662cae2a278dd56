using Ontwar.Plans;

namespace Ontwar.Evaluation;

/// <summary>
/// The two common organisations the method argues against (seed 000:301), as plans that
/// <see cref="PlanEvaluator"/> can score next to an optimised plan: packages per function or specialisation, and
/// packages that copy what the actors do today.
/// </summary>
public static class Baselines
{
    /// <summary>The package-identifier prefix of a function group in <see cref="PerFunction"/>: <c>function:care</c>.</summary>
    public const string FunctionPrefix = "function:";

    /// <summary>The package-identifier prefix of an activity without a function tag in <see cref="PerFunction"/>: <c>untagged:physio</c>.</summary>
    public const string UntaggedPrefix = "untagged:";

    /// <summary>
    /// One package per function: activities with the same <see cref="Activity.Function"/> tag share a package
    /// (identifier <c>function:</c> and the tag); an activity without a tag (or with a blank one) gets a package of its
    /// own (identifier <c>untagged:</c> and its id), because nothing says which function silo it would sit in.
    /// Packages follow the order in which their first activity appears in the scenario; they have no teams and no stated
    /// scale, so the scale policy decides it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The plan; empty when the scenario has no activities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static Plan PerFunction(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var order = new List<string>();
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var activity in scenario.Activities)
        {
            var key = string.IsNullOrWhiteSpace(activity.Function) ? UntaggedPrefix + activity.Id : FunctionPrefix + activity.Function;
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                order.Add(key);
            }

            group.Add(activity.Id);
        }

        return new Plan(order.Select(key => new ActivityPackage(key, groups[key])));
    }

    /// <summary>
    /// Today's organisation: <see cref="Scenario.CurrentOrganisation"/>, that is the scenario's <c>current</c> section,
    /// or else the packages named by the activities' <see cref="Activity.CurrentPackage"/> tags.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The plan of today, or <see langword="null"/> when the scenario says nothing about today.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static Plan? AsToday(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.CurrentOrganisation();
    }
}
