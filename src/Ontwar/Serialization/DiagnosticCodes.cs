namespace Ontwar.Serialization;

/// <summary>
/// The stable codes of the diagnostics the JSON readers report (docs/json-format.md has the table). The
/// cross-reference codes (<c>duplicate-id</c>, <c>unknown-activity</c>, ...) come from the scenario validator.
/// </summary>
internal static class DiagnosticCodes
{
    internal const string InputTooLarge = "input-too-large";
    internal const string InvalidUtf8 = "invalid-utf8";
    internal const string InvalidJson = "invalid-json";
    internal const string TruncatedJson = "truncated-json";
    internal const string TooDeep = "too-deep";
    internal const string TooManyItems = "too-many-items";
    internal const string InvalidString = "invalid-string";
    internal const string WrongType = "wrong-type";
    internal const string MissingProperty = "missing-property";
    internal const string UnknownProperty = "unknown-property";
    internal const string DuplicateProperty = "duplicate-property";
    internal const string EmptyValue = "empty-value";
    internal const string UnknownScale = "unknown-scale";
    internal const string UnknownIntensity = "unknown-intensity";
    internal const string UnknownComplexity = "unknown-complexity";
    internal const string UnknownRuleKind = "unknown-rule-kind";
    internal const string NotFinite = "not-finite";
    internal const string NotPositive = "not-positive";
    internal const string NotInteger = "not-integer";
    internal const string OutOfRange = "out-of-range";
    internal const string TeamSizeRange = "team-size-range";
    internal const string WeightsNotIncreasing = "weights-not-increasing";
    internal const string IntensityAndWeight = "intensity-and-weight";
    internal const string MissingStrength = "missing-intensity-or-weight";
    internal const string SelfLoop = "self-loop";
    internal const string TooFewActivities = "too-few-activities";
    internal const string DuplicateId = "duplicate-id";
    internal const string TooManyProblems = "too-many-problems";
    internal const string InvalidIdentifier = "invalid-identifier";
    internal const string InvalidText = "invalid-text";
    internal const string ConfusableId = "confusable-id";

    // Contract section 4: the method's other inputs.
    internal const string UnknownStability = "unknown-stability";
    internal const string UnknownFactorKind = "unknown-factor-kind";
    internal const string UnknownHorizon = "unknown-horizon";
    internal const string RemovableStimulating = "removable-stimulating";
}
