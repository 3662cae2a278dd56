using Xunit;

namespace Ontwar.Tests.Domain;

public class DomainNamesTests
{
    [Theory]
    [InlineData("livedNeighbourhood", Scale.LivedNeighbourhood)]
    [InlineData("geographicNeighbourhood", Scale.GeographicNeighbourhood)]
    [InlineData("municipality", Scale.Municipality)]
    [InlineData("localRegion", Scale.LocalRegion)]
    [InlineData("supraLocalRegion", Scale.SupraLocalRegion)]
    [InlineData("geleefdeBuurt", Scale.LivedNeighbourhood)]
    [InlineData("geografischeBuurt", Scale.GeographicNeighbourhood)]
    [InlineData("gemeente", Scale.Municipality)]
    [InlineData("lokaleRegio", Scale.LocalRegion)]
    [InlineData("bovenlokaleRegio", Scale.SupraLocalRegion)]
    public void Parses_scale_names_and_dutch_aliases(string name, Scale expected)
    {
        Assert.True(DomainNames.TryParseScale(name, out var scale));
        Assert.Equal(expected, scale);
    }

    [Theory]
    [InlineData("referral", Intensity.Referral)]
    [InlineData("information", Intensity.Information)]
    [InlineData("alignment", Intensity.Alignment)]
    [InlineData("joint", Intensity.Joint)]
    [InlineData("doorverwijzen", Intensity.Referral)]
    [InlineData("infoDelen", Intensity.Information)]
    [InlineData("afstemmen", Intensity.Alignment)]
    [InlineData("samenUitvoeren", Intensity.Joint)]
    public void Parses_intensity_names_and_dutch_aliases(string name, Intensity expected)
    {
        Assert.True(DomainNames.TryParseIntensity(name, out var intensity));
        Assert.Equal(expected, intensity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Municipality")]
    [InlineData("city")]
    public void Rejects_unknown_and_wrongly_cased_names(string? name)
    {
        Assert.False(DomainNames.TryParseScale(name, out _));
        Assert.False(DomainNames.TryParseIntensity(name, out _));
        Assert.False(DomainNames.TryParseComplexity(name, out _));
    }

    [Fact]
    public void Parses_complexity()
    {
        Assert.True(DomainNames.TryParseComplexity("simple", out var simple));
        Assert.Equal(Complexity.Simple, simple);
        Assert.True(DomainNames.TryParseComplexity("complex", out var complex));
        Assert.Equal(Complexity.Complex, complex);
        Assert.False(DomainNames.TryParseComplexity("Simple", out _));
    }

    [Fact]
    public void Canonical_names_follow_the_enum_order_and_round_trip()
    {
        Assert.Equal(Enum.GetValues<Scale>().Length, DomainNames.ScaleNames.Count);
        foreach (var scale in Enum.GetValues<Scale>())
        {
            Assert.Equal(DomainNames.ScaleNames[(int)scale], scale.ToName());
            Assert.True(DomainNames.TryParseScale(scale.ToName(), out var back));
            Assert.Equal(scale, back);
        }

        Assert.Equal(Enum.GetValues<Intensity>().Length, DomainNames.IntensityNames.Count);
        foreach (var intensity in Enum.GetValues<Intensity>())
        {
            Assert.Equal(DomainNames.IntensityNames[(int)intensity], intensity.ToName());
            Assert.True(DomainNames.TryParseIntensity(intensity.ToName(), out var back));
            Assert.Equal(intensity, back);
        }

        foreach (var complexity in Enum.GetValues<Complexity>())
        {
            Assert.True(DomainNames.TryParseComplexity(complexity.ToName(), out var back));
            Assert.Equal(complexity, back);
        }
    }

    [Fact]
    public void Dutch_terms_are_those_of_the_seed()
    {
        Assert.Equal("gemeente/stad + rand", Scale.Municipality.ToDutch());
        Assert.Equal("geleefde buurt", Scale.LivedNeighbourhood.ToDutch());
        Assert.Equal("bovenlokale regio", Scale.SupraLocalRegion.ToDutch());
        Assert.Equal("samen activiteiten uitvoeren", Intensity.Joint.ToDutch());
        Assert.Equal("doorverwijzen", Intensity.Referral.ToDutch());
        Assert.All(Enum.GetValues<Scale>(), s => Assert.False(string.IsNullOrWhiteSpace(s.ToDutch())));
        Assert.All(Enum.GetValues<Intensity>(), i => Assert.False(string.IsNullOrWhiteSpace(i.ToDutch())));
    }

    [Fact]
    public void Undefined_values_have_no_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Scale)7).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Scale)(-1)).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Intensity)4).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Complexity)3).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Scale)7).ToDutch());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Intensity)4).ToDutch());
    }
}
