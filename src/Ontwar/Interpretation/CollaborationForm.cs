namespace Ontwar.Interpretation;

/// <summary>
/// A form of collaboration (<em>samenwerkingsvorm</em>) from the table of the Samenwerk-check "Ontwar de bomen"
/// (seed 000:617-622): what two partners or packages set up to collaborate at the intensity they need.
/// <see cref="CollaborationForms.For(Intensity)"/> gives the forms per intensity; <c>docs/interpretation.md</c> says why.
/// </summary>
public enum CollaborationForm
{
    /// <summary>No collaboration structure at all: referring is enough (<em>geen</em>, 000:620).</summary>
    None = 0,

    /// <summary>Procedures or care pathways (<em>procedures/zorgpaden</em>, 000:620).</summary>
    Procedures = 1,

    /// <summary>Ad hoc alignment when the need arises (<em>ad hoc afstemming</em>, 000:621).</summary>
    AdHocAlignment = 2,

    /// <summary>Aligned information systems (<em>afgestemde IT</em>, 000:621).</summary>
    AlignedIt = 3,

    /// <summary>Periodic consultation (<em>periodiek overleg</em>, 000:621).</summary>
    PeriodicConsultation = 4,

    /// <summary>A learning community (<em>learning community</em>, 000:621).</summary>
    LearningCommunity = 5,

    /// <summary>A temporary or permanent partnership (<em>tijdelijk of permanent partnerschap</em>, 000:622).</summary>
    Partnership = 6,

    /// <summary>A temporary or permanent joint team (<em>tijdelijk of permanent team</em>, 000:622).</summary>
    Team = 7,

    /// <summary>Network governance (<em>netwerk governance</em>, 000:622).</summary>
    NetworkGovernance = 8,
}
