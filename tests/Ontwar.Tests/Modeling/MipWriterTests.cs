using Ontwar.Modeling.Mip;
using Ontwar.Tests.Shared;
using Xunit;

namespace Ontwar.Tests.Modeling;

public class MipWriterTests
{
    private static MipModel Tiny() => SampleMips.Tiny();

    [Fact]
    public void Mps_matches_the_golden_file()
    {
        const string expected = """
            NAME tiny_model
            ROWS
             N  obj
             E  balance
             L  cap
             G  need
             G  range
             G  cap_2
            COLUMNS
                MARKER  'MARKER'  'INTORG'
                x  obj  1
                x  balance  1
                x  range  -1
                n  obj  2.5
                n  balance  1
                n  cap  3
                k  cap  1
                k  range  1
                MARKER  'MARKER'  'INTEND'
                z  obj  -1
                z  balance  -1
                z  need  1
                w____  need  0.5
                idle  obj  0
                _end  obj  0
            RHS
                RHS  balance  4
                RHS  cap  12
                RHS  need  -1.25
                RHS  range  1
            RANGES
                RNG  range  4
                RNG  cap_2  1
            BOUNDS
             UP BND  x  1
             LO BND  n  -2
             UP BND  n  10
             PL BND  k
             FR BND  z
             FX BND  w____  3
             LO BND  idle  1
            ENDATA

            """;
        Assert.Equal(expected, MpsWriter.WriteToString(Tiny()));
    }

    [Fact]
    public void Lp_matches_the_golden_file()
    {
        const string expected = """
            \ Problem name: tiny_model
            Minimize
             obj: x + 2.5 n - z
            Subject To
             balance: x + n - z = 4
             cap: 3 n + k <= 12
             need: z + 0.5 w____ >= -1.25
             range_lo: - x + k >= 1
             range_up: - x + k <= 5
             cap_2_lo: 0 x >= 0
             cap_2_up: 0 x <= 1
            Bounds
             0 <= x <= 1
             -2 <= n <= 10
             k >= 0
             z free
             w____ = 3
             idle >= 1
             _end >= 0
            Generals
             x n k
            End

            """;
        Assert.Equal(expected, LpWriter.WriteToString(Tiny()));
    }

    [Fact]
    public void Long_rows_are_wrapped_and_numbers_are_invariant()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("nl-BE");
            var b = new MipModelBuilder();
            var vars = Enumerable.Range(0, 10).Select(i => b.AddContinuous("v" + i, 0, 1.5, 0.25)).ToArray();
            b.AddLessOrEqual("sum", vars.Select(v => new MipTerm(v, 1)).ToArray(), 2.5);
            var model = b.Build();
            string lp = LpWriter.WriteToString(model);
            string mps = MpsWriter.WriteToString(model);

            Assert.Contains(" sum: v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7\n   + v8 + v9 <= 2.5\n", lp, StringComparison.Ordinal);
            Assert.Contains("    v9  obj  0.25\n", mps, StringComparison.Ordinal);
            Assert.DoesNotContain("0,25", lp + mps, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Files_are_written_as_utf8_without_bom()
    {
        string dir = Directory.CreateTempSubdirectory("ontwar-mip-").FullName;
        try
        {
            string mps = Path.Combine(dir, "t.mps"), lp = Path.Combine(dir, "t.lp");
            MpsWriter.WriteFile(Tiny(), mps);
            LpWriter.WriteFile(Tiny(), lp);

            Assert.Equal(MpsWriter.WriteToString(Tiny()), File.ReadAllText(mps));
            Assert.Equal(LpWriter.WriteToString(Tiny()), File.ReadAllText(lp));
            Assert.Equal((byte)'N', File.ReadAllBytes(mps)[0]);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Writers_reject_nulls()
    {
        Assert.Throws<ArgumentNullException>(() => MpsWriter.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => MpsWriter.Write(Tiny(), null!));
        Assert.Throws<ArgumentNullException>(() => LpWriter.Write(null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => LpWriter.WriteFile(Tiny(), null!));
    }
}
