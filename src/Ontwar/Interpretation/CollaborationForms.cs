using System.Collections.ObjectModel;

namespace Ontwar.Interpretation;

/// <summary>
/// The Samenwerk-check table (seed 000:617-622) as data: the collaboration forms that fit each intensity, and the names of
/// the forms in files (camelCase) and reports (the seed's Dutch).
/// </summary>
/// <remarks>
/// <para>The table has three rows: referral (<em>doorverwijzen</em>), information sharing (<em>info delen</em>) and
/// performing activities together (<em>samen activiteiten uitvoeren</em>). The fourth intensity of the method, aligning
/// activities (<em>activiteiten afstemmen</em>, 000:929), has no row. Ontwar gives it the recurring, structured forms of
/// the information row: periodic consultation, aligned IT and a learning community. Aligning asks that activities "at
/// least be actively aligned" (000:929), which an ad hoc contact does not guarantee; and in the seed's Stederen example
/// the exchange and alignment run through a standing regional platform (000:1004-1005), while partnerships and teams
/// are what performing together needs (000:622). The information row keeps all four of its forms, the lightest first.</para>
/// </remarks>
public static class CollaborationForms
{
    private static readonly ReadOnlyCollection<CollaborationForm> ReferralForms =
        new([CollaborationForm.None, CollaborationForm.Procedures]);

    private static readonly ReadOnlyCollection<CollaborationForm> InformationForms =
        new([CollaborationForm.AdHocAlignment, CollaborationForm.AlignedIt, CollaborationForm.PeriodicConsultation, CollaborationForm.LearningCommunity]);

    private static readonly ReadOnlyCollection<CollaborationForm> AlignmentForms =
        new([CollaborationForm.PeriodicConsultation, CollaborationForm.AlignedIt, CollaborationForm.LearningCommunity]);

    private static readonly ReadOnlyCollection<CollaborationForm> JointForms =
        new([CollaborationForm.Partnership, CollaborationForm.Team, CollaborationForm.NetworkGovernance]);

    /// <summary>The forms the Samenwerk-check table gives for an intensity (000:619-622), in the table's order.</summary>
    /// <param name="intensity">The intensity needed.</param>
    /// <returns>The forms to choose from.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intensity"/> is not a defined value.</exception>
    public static IReadOnlyList<CollaborationForm> For(Intensity intensity) => intensity switch
    {
        Intensity.Referral => ReferralForms,
        Intensity.Information => InformationForms,
        Intensity.Alignment => AlignmentForms,
        Intensity.Joint => JointForms,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity)),
    };

    /// <summary>The file name of a form.</summary>
    /// <param name="form">The form.</param>
    /// <returns><c>none</c>, <c>procedures</c>, <c>adHocAlignment</c>, <c>alignedIt</c>, <c>periodicConsultation</c>,
    /// <c>learningCommunity</c>, <c>partnership</c>, <c>team</c> or <c>networkGovernance</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public static string ToName(this CollaborationForm form) => form switch
    {
        CollaborationForm.None => "none",
        CollaborationForm.Procedures => "procedures",
        CollaborationForm.AdHocAlignment => "adHocAlignment",
        CollaborationForm.AlignedIt => "alignedIt",
        CollaborationForm.PeriodicConsultation => "periodicConsultation",
        CollaborationForm.LearningCommunity => "learningCommunity",
        CollaborationForm.Partnership => "partnership",
        CollaborationForm.Team => "team",
        CollaborationForm.NetworkGovernance => "networkGovernance",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>The seed's Dutch term of a form (000:620-622), for reports.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The Dutch term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public static string ToDutch(this CollaborationForm form) => form switch
    {
        CollaborationForm.None => "geen",
        CollaborationForm.Procedures => "procedures/zorgpaden",
        CollaborationForm.AdHocAlignment => "ad hoc afstemming",
        CollaborationForm.AlignedIt => "afgestemde IT",
        CollaborationForm.PeriodicConsultation => "periodiek overleg",
        CollaborationForm.LearningCommunity => "learning community",
        CollaborationForm.Partnership => "tijdelijk of permanent partnerschap",
        CollaborationForm.Team => "tijdelijk of permanent team",
        CollaborationForm.NetworkGovernance => "netwerk governance",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>Parses a form's file name or Dutch term (case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="form">The form when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out CollaborationForm form)
    {
        foreach (var candidate in Enum.GetValues<CollaborationForm>())
        {
            if (name == candidate.ToName() || name == candidate.ToDutch())
            {
                form = candidate;
                return true;
            }
        }

        form = default;
        return false;
    }
}
