using Ontwar.Interpretation;
using Xunit;

namespace Ontwar.Tests.Interpretation;

/// <summary>The Samenwerk-check table (seed 000:617-622) as data, and Ontwar's row for aligning.</summary>
public sealed class CollaborationFormsTests
{
    [Fact]
    public void Referral_needs_no_structure_or_procedures_and_care_pathways()
        => Assert.Equal([CollaborationForm.None, CollaborationForm.Procedures], CollaborationForms.For(Intensity.Referral));

    [Fact]
    public void Information_sharing_has_the_four_forms_of_the_tables_middle_row()
        => Assert.Equal(
            [CollaborationForm.AdHocAlignment, CollaborationForm.AlignedIt, CollaborationForm.PeriodicConsultation, CollaborationForm.LearningCommunity],
            CollaborationForms.For(Intensity.Information));

    [Fact]
    public void Aligning_takes_the_recurring_forms_of_information_sharing_but_not_ad_hoc_alignment()
    {
        // 000:929: aligned activities must "at least be actively aligned"; an ad hoc contact does not guarantee that.
        var forms = CollaborationForms.For(Intensity.Alignment);
        Assert.Contains(CollaborationForm.PeriodicConsultation, forms);
        Assert.DoesNotContain(CollaborationForm.AdHocAlignment, forms);
        Assert.Empty(forms.Intersect(CollaborationForms.For(Intensity.Joint)));
        Assert.All(forms, f => Assert.Contains(f, CollaborationForms.For(Intensity.Information)));
    }

    [Fact]
    public void Performing_together_needs_a_partnership_a_team_or_network_governance()
        => Assert.Equal([CollaborationForm.Partnership, CollaborationForm.Team, CollaborationForm.NetworkGovernance], CollaborationForms.For(Intensity.Joint));

    [Fact]
    public void Every_form_belongs_to_some_intensity_and_its_names_parse_back()
    {
        foreach (var form in Enum.GetValues<CollaborationForm>())
        {
            Assert.Contains(Enum.GetValues<Intensity>(), i => CollaborationForms.For(i).Contains(form));
            Assert.True(CollaborationForms.TryParse(form.ToName(), out var byName));
            Assert.Equal(form, byName);
            Assert.True(CollaborationForms.TryParse(form.ToDutch(), out var byDutch));
            Assert.Equal(form, byDutch);
        }

        Assert.Equal("periodiek overleg", CollaborationForm.PeriodicConsultation.ToDutch());
        Assert.Equal("networkGovernance", CollaborationForm.NetworkGovernance.ToName());
        Assert.False(CollaborationForms.TryParse("meeting", out _));
        Assert.False(CollaborationForms.TryParse(null, out _));
    }

    [Fact]
    public void Undefined_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CollaborationForms.For((Intensity)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CollaborationForm)99).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CollaborationForm)99).ToDutch());
    }
}
