using Ontwar.Benchmarks.Comparison;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class HarnessOptionsTests
{
    [Fact]
    public void Defaults_and_quick()
    {
        Assert.Equal(new HarnessOptions(false, TimeSpan.FromSeconds(30), null, null), HarnessOptions.Parse([]));
        Assert.Equal(new HarnessOptions(true, TimeSpan.FromSeconds(10), null, null), HarnessOptions.Parse(["--quick"]));
    }

    [Fact]
    public void Reads_every_option()
        => Assert.Equal(
            new HarnessOptions(false, TimeSpan.FromSeconds(2.5), 1000, "docs/b.md"),
            HarnessOptions.Parse(["--time-limit", "2.5", "--max-size", "1000", "--write-docs", "docs/b.md"]));

    [Theory]
    [InlineData("--time-limit", "0", "--time-limit must be a positive")]
    [InlineData("--max-size", "ten", "--max-size must be a positive")]
    [InlineData("--frobnicate", "", "unknown option '--frobnicate'")]
    public void Bad_options_are_named(string option, string value, string expected)
    {
        string[] args = value.Length == 0 ? [option] : [option, value];
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => HarnessOptions.Parse(args)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_named()
        => Assert.Contains("--write-docs needs a value", Assert.Throws<ArgumentException>(() => HarnessOptions.Parse(["--write-docs"])).Message, StringComparison.Ordinal);

    [Fact]
    public void The_quick_catalogue_is_a_small_subset_of_the_full_one()
    {
        var quick = ScenarioCatalogue.Entries(quick: true);
        var full = ScenarioCatalogue.Entries(quick: false);
        Assert.Subset(full.ToHashSet(), quick.ToHashSet());
        Assert.Equal(18, full.Count);
        Assert.True(quick.All(e => e.Size <= 1_000));
        Assert.Equal([10, 10, 10, 30, 30, 30], ScenarioCatalogue.Entries(false, maxSize: 30).Select(e => e.Size));
    }
}
