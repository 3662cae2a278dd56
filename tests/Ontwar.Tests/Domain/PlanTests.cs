using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Domain;

public class PlanTests
{
    private static Plan Make() => new([new ActivityPackage("P1", ["a", "b"], ["m"]), new ActivityPackage("P2", ["c"])]);

    [Fact]
    public void Keeps_packages_in_order()
    {
        var plan = Make();
        Assert.Equal(["P1", "P2"], plan.Packages.Select(p => p.Id));
        Assert.Throws<NotSupportedException>(() => ((IList<ActivityPackage>)plan.Packages).Clear());
        Assert.Empty(new Plan([]).Packages);
    }

    [Fact]
    public void Rejects_null_and_shared_package_ids()
    {
        Assert.Throws<ArgumentNullException>(() => new Plan(null!));
        Assert.Equal("packages", Assert.Throws<ArgumentNullException>(() => new Plan([new ActivityPackage("P1", ["a"]), null!])).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new Plan([new ActivityPackage("P1", ["a"]), new ActivityPackage("P1", ["b"])]));
        Assert.Equal("packages", e.ParamName);
        Assert.Contains("'P1'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_is_by_value_and_order()
    {
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.True(Make().Equals((object)Make()));
        Assert.False(Make().Equals(null));
        Assert.NotEqual(Make(), new Plan(Make().Packages.Reverse()));
        Assert.NotEqual(Make(), new Plan(Make().Packages.Take(1)));
    }
}
