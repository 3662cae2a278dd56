using Ontwar.Serialization;

namespace Ontwar.Interpretation;

/// <summary>
/// The names by which coordinations and decision levels appear in plan files (contract section 2, the same strings as
/// <see cref="PlanVocabulary"/>) and the Dutch terms of the seed for reports, in the manner of <see cref="DomainNames"/>.
/// </summary>
public static class InterpretationNames
{
    /// <summary>The canonical file name of a coordination.</summary>
    /// <param name="coordination">The coordination.</param>
    /// <returns><c>hierarchical</c> or <c>decentralised</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coordination"/> is not a defined value.</exception>
    public static string ToName(this Coordination coordination) => coordination switch
    {
        Coordination.Hierarchical => PlanVocabulary.Hierarchical,
        Coordination.Decentralised => PlanVocabulary.Decentralised,
        _ => throw new ArgumentOutOfRangeException(nameof(coordination)),
    };

    /// <summary>The Dutch term of the seed for a coordination (000:695, 000:978-980), for reports.</summary>
    /// <param name="coordination">The coordination.</param>
    /// <returns><c>hiërarchisch</c> or <c>decentraal</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coordination"/> is not a defined value.</exception>
    public static string ToDutch(this Coordination coordination) => coordination switch
    {
        Coordination.Hierarchical => "hiërarchisch",
        Coordination.Decentralised => "decentraal",
        _ => throw new ArgumentOutOfRangeException(nameof(coordination)),
    };

    /// <summary>The canonical file name of a decision level.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>strategic</c>, <c>structural</c> or <c>operational</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static string ToName(this DecisionLevel level) => level switch
    {
        DecisionLevel.Strategic => PlanVocabulary.Strategic,
        DecisionLevel.Structural => PlanVocabulary.Structural,
        DecisionLevel.Operational => PlanVocabulary.Operational,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The Dutch term of the seed for a decision level (000:659-661), for reports.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>strategisch</c>, <c>structureel</c> or <c>operationeel</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static string ToDutch(this DecisionLevel level) => level switch
    {
        DecisionLevel.Strategic => "strategisch",
        DecisionLevel.Structural => "structureel",
        DecisionLevel.Operational => "operationeel",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>
    /// Parses a coordination name or a Dutch alias (case-sensitive): <c>hierarchical</c>, <c>decentralised</c>, and
    /// <c>hierarchisch</c>, <c>hiërarchisch</c>, <c>centraal</c>, <c>decentraal</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="coordination">The coordination when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseCoordination(string? name, out Coordination coordination)
    {
        switch (name)
        {
            case PlanVocabulary.Hierarchical or "hierarchisch" or "hiërarchisch" or "centraal":
                coordination = Coordination.Hierarchical;
                return true;
            case PlanVocabulary.Decentralised or "decentraal":
                coordination = Coordination.Decentralised;
                return true;
            default:
                coordination = default;
                return false;
        }
    }

    /// <summary>
    /// Parses a decision-level name or its Dutch alias (case-sensitive): <c>strategic</c>, <c>structural</c>,
    /// <c>operational</c>, and <c>strategisch</c>, <c>structureel</c>, <c>operationeel</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="level">The level when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseDecisionLevel(string? name, out DecisionLevel level)
    {
        switch (name)
        {
            case PlanVocabulary.Strategic or "strategisch":
                level = DecisionLevel.Strategic;
                return true;
            case PlanVocabulary.Structural or "structureel":
                level = DecisionLevel.Structural;
                return true;
            case PlanVocabulary.Operational or "operationeel":
                level = DecisionLevel.Operational;
                return true;
            default:
                level = default;
                return false;
        }
    }
}
