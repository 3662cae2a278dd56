using Ontwar.Diagnostics;
using Xunit;

namespace Ontwar.Tests.Diagnostics;

public sealed class DiagnosticListsTests
{
    private static Diagnostic[] Many(string code, int count, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        => [.. Enumerable.Range(0, count).Select(i => new Diagnostic(severity, code, $"problem {i}", $"$.activities[{i}]"))];

    [Fact]
    public void Keeps_a_short_list_as_it_is()
    {
        var list = Many("a", 3).Concat(Many("b", 2)).ToArray();

        Assert.Equal(list, DiagnosticLists.Capped(list, 3));
    }

    [Fact]
    public void Lists_the_first_of_each_code_then_counts_the_rest()
    {
        var list = Many("missing-capability", 200_000).Concat(Many("other", 2, DiagnosticSeverity.Warning)).ToArray();

        var capped = DiagnosticLists.Capped(list, 5);

        Assert.Equal(8, capped.Count);
        Assert.Equal(list.Take(5), capped.Take(5));
        Assert.Equal(list[^2..], capped.Skip(5).Take(2));
        var summary = capped[^1];
        Assert.Equal("missing-capability", summary.Code);
        Assert.Equal(DiagnosticSeverity.Error, summary.Severity);
        Assert.Null(summary.Path);
        Assert.Contains("199995 more", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_takes_the_highest_severity_it_stands_for()
    {
        var list = Many("x", 2, DiagnosticSeverity.Info).Append(new Diagnostic(DiagnosticSeverity.Error, "x", "worst")).ToArray();

        Assert.Equal(DiagnosticSeverity.Error, DiagnosticLists.Capped(list, 1)[^1].Severity);
    }

    [Fact]
    public void Rejects_a_cap_below_one_and_null()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticLists.Capped([], 0));
        Assert.Throws<ArgumentNullException>(() => DiagnosticLists.Capped(null!));
        Assert.Throws<ArgumentNullException>(() => DiagnosticLists.Capped([null!]));
    }
}
