using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed class ReportLabelsTests
{
    [Fact]
    public void Every_label_has_an_english_and_a_dutch_text()
    {
        foreach (var key in ReportLabels.Keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(ReportLabels.English[key]), key);
            Assert.False(string.IsNullOrWhiteSpace(ReportLabels.Dutch[key]), key);
        }
    }

    [Fact]
    public void Names_of_values_come_from_the_seed_in_dutch()
    {
        Assert.Equal("gemeente/stad + rand", ReportLabels.Dutch.Scale(Ontwar.Scale.Municipality));
        Assert.Equal("info delen", ReportLabels.Dutch.Intensity(Intensity.Information));
        Assert.Equal("decentraal", ReportLabels.Dutch.Coordination(Ontwar.Interpretation.Coordination.Decentralised));
        Assert.Equal("performing together", ReportLabels.English.Intensity(Intensity.Joint));
    }

    [Fact]
    public void An_unknown_language_is_refused()
        => Assert.Throws<ArgumentException>(() => ReportLabels.For("de"));
}
