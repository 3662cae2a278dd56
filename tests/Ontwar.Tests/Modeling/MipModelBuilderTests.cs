using Ontwar.Modeling.Mip;
using Xunit;

namespace Ontwar.Tests.Modeling;

public class MipModelBuilderTests
{
    [Theory]
    [InlineData("x_a1_2", "x_a1_2")]
    [InlineData("Kinesitherapie (thuis)", "Kinesitherapie__thuis_")]
    [InlineData("zorg-été", "zorg__t_")]
    [InlineData("1st", "_1st")]
    [InlineData("e12", "_e12")]
    [InlineData("Edge", "_Edge")]
    [InlineData("", "_")]
    [InlineData("free", "_free")]
    [InlineData("ST", "_ST")]
    [InlineData("obj", "_obj")]
    [InlineData("a b\tc", "a_b_c")]
    public void Names_are_sanitised(string name, string expected)
        => Assert.Equal(expected, MipModelBuilder.Sanitize(name));

    [Fact]
    public void Long_names_are_cut()
        => Assert.Equal(240, MipModelBuilder.Sanitize(new string('a', 1000)).Length);

    [Fact]
    public void Names_are_unique_across_variables_and_constraints()
    {
        var b = new MipModelBuilder();
        b.AddBinary("a-b");
        b.AddBinary("a_b");
        b.AddBinary("a b");
        b.AddEqual("a_b", [new(0, 1)], 1);
        b.AddEqual("obj", [new(0, 1)], 1);
        var m = b.Build();

        Assert.Equal(["a_b", "a_b_2", "a_b_3"], m.Variables.Select(v => v.Name));
        Assert.Equal(["a_b_4", "_obj"], m.Constraints.Select(c => c.Name));
    }

    [Fact]
    public void Repeated_terms_add_up_and_zeros_drop()
    {
        var b = new MipModelBuilder();
        int x = b.AddBinary("x"), y = b.AddBinary("y"), z = b.AddBinary("z");
        b.AddLessOrEqual("r", [new(y, 2), new(x, 1), new(y, -0.5), new(z, 1), new(z, -1)], 3);
        var row = b.Build().Constraints[0];

        Assert.Equal([new MipTerm(x, 1), new MipTerm(y, 1.5)], row.Terms);
        Assert.Equal(double.NegativeInfinity, row.Lower);
        Assert.Equal(3, row.Upper);
    }

    [Fact]
    public void Invalid_input_is_rejected()
    {
        var b = new MipModelBuilder();
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddVariable("x", 2, 1, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddVariable("x", double.NaN, 1, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddVariable("x", double.PositiveInfinity, double.PositiveInfinity, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddVariable("x", 0, double.NegativeInfinity, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddBinary("x", double.PositiveInfinity));
        Assert.Throws<ArgumentNullException>(() => b.AddBinary(null!));
        Assert.Throws<InvalidOperationException>(() => b.Build());
        int x = b.AddBinary("x");
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddEqual("r", [new(x + 1, 1)], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddEqual("r", [new(x, double.NaN)], 0));
        Assert.Throws<ArgumentException>(() => b.AddConstraint("r", [new(x, 1)], double.NegativeInfinity, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddEqual("r", [new(x, 1)], double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddLessOrEqual("r", [new(x, 1)], double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddGreaterOrEqual("r", [new(x, 1)], double.NaN));
        Assert.Equal(1, b.VariableCount);
        Assert.Equal(0, b.ConstraintCount);
    }

    [Fact]
    public void The_model_evaluates_vectors_and_gives_columns()
    {
        var m = Ontwar.Tests.Shared.SampleMips.Tiny();

        double[] optimum = [1, 1, 2, -2, 3, 1, 0];
        Assert.Equal(5.5, m.ObjectiveValue(optimum), 12);
        Assert.Equal(0, m.MaxViolation(optimum), 12);
        Assert.Equal(0.5, m.MaxViolation([0.5, 1, 2, -2, 3, 1, 0]), 12);
        Assert.Equal(1, m.MaxViolation([1, 1, 2, -2, 3, 0, 0]), 12);
        Assert.Equal(double.PositiveInfinity, m.MaxViolation([1, double.NaN, 2, -2, 3, 1, 0]));
        Assert.Throws<ArgumentException>(() => m.ObjectiveValue([1, 2]));
        Assert.Equal(3, m.IntegerCount);
        Assert.Equal(9, m.NonZeroCount);
        Assert.True(m.Variables[0].IsBinary);
        Assert.False(m.Variables[1].IsBinary);

        var (starts, rows, values) = m.ToColumnMajor();
        Assert.Equal([0, 2, 4, 6, 8, 9, 9, 9], starts);
        Assert.Equal([0, 3, 0, 1, 1, 3, 0, 2, 2], rows);
        Assert.Equal([1, -1, 1, 3, 1, 1, -1, 1, 0.5], values);
    }
}
