using Ontwar.Internal;
using Ontwar.Solving.CpSat;
using Xunit;

namespace Ontwar.Tests.Internal;

public class IntegerScalingTests
{
    [Fact]
    public void Decimal_input_is_scaled_exactly_by_the_smallest_power_of_ten()
    {
        var scaling = CpSatFormulation.Scaling([1, 2.5, 0.25, 4]);
        Assert.True(scaling.Exact);
        Assert.Equal(100, scaling.Factor);
        Assert.Equal(25, scaling.Up(0.25));
        Assert.Equal(0, scaling.MaxError);
    }

    [Fact]
    public void Integers_keep_factor_one_and_infinite_values_are_ignored()
    {
        var scaling = CpSatFormulation.Scaling([1, 3, double.PositiveInfinity]);
        Assert.Equal(1, scaling.Factor);
        Assert.True(scaling.Exact);
    }

    [Fact]
    public void Values_without_a_short_decimal_form_are_rounded_with_a_bounded_error()
    {
        var scaling = CpSatFormulation.Scaling([1.0 / 3, 2.0 / 3]);
        Assert.False(scaling.Exact);
        Assert.InRange(scaling.MaxError, 0, 2e-6);
        Assert.True(scaling.Down(1.0 / 3) <= scaling.Factor / 3);
        Assert.True(scaling.Ceiling(1.0 / 3) >= scaling.Factor / 3);
    }

    [Fact]
    public void A_total_that_would_overflow_is_scaled_down()
    {
        var scaling = CpSatFormulation.Scaling([1e17, 1]);
        Assert.True(scaling.Factor < 1);
        Assert.True(scaling.Up(1e17) < 1L << 51);
    }
}
