using System.Text.Json;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

/// <summary>
/// The bad-input corpus (TestData/invalid): every file is rejected by <c>ontwar validate</c> with exit 2, and the
/// problems it reports are exactly the ones listed for it in <c>expected.json</c>, code and path.
/// </summary>
public sealed class InvalidCorpusTests
{
    private static readonly string Folder = Json.TestDataPath("invalid");

    public static TheoryData<string> Files => [.. Expected().Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_is_large_and_every_file_has_expectations()
    {
        var onDisk = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(n => n != "expected.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(onDisk.Count >= 20, $"only {onDisk.Count} corpus files");
        Assert.Contains(onDisk, n => n!.EndsWith(".bin", StringComparison.Ordinal));
        Assert.Equal(onDisk, Expected().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_bad_file_exits_2_with_exactly_the_expected_problems(string file)
    {
        var r = CliRunner.Run("validate", Path.Combine(Folder, file), "--format", "json");

        Assert.Equal(2, r.ExitCode);
        using var report = JsonDocument.Parse(r.Stdout);
        var actual = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString()!, Path: d.GetProperty("path").GetString()!))
            .Order()
            .ToList();
        var expected = Expected()[file].Order().ToList();
        Assert.Equal(expected, actual);

        // The same problems, one per line, on standard error.
        Assert.Equal(actual.Count, r.ErrorLines.Length);
        Assert.All(r.ErrorLines, line => Assert.Matches(@"^\$\S*: .+ \[[a-z0-9-]+\]$", line));
    }

    private static Dictionary<string, List<(string Code, string Path)>> Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "expected.json")));
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!)).ToList(),
            StringComparer.Ordinal);
    }
}
