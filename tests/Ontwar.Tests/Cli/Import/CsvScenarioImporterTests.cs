using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Cli.Import;
using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Cli.Import;

public sealed class CsvScenarioImporterTests
{
    private static CsvSource Sample(string file) => new(file, File.ReadAllText(Json.SamplePath(Path.Combine("csv", file))));

    private static CsvImportResult Import(string activities, string dependencies, string members, string? rules = null, TeamSizeLimits? teamSize = null)
        => CsvScenarioImporter.Import(
            new CsvSource("a.csv", activities),
            new CsvSource("d.csv", dependencies),
            new CsvSource("m.csv", members),
            rules is null ? null : new CsvSource("r.csv", rules),
            "test",
            teamSize ?? new TeamSizeLimits(1, 2));

    [Fact]
    public void The_maria_csv_set_gives_the_maria_scenario()
    {
        var result = CsvScenarioImporter.Import(Sample("activities.csv"), Sample("dependencies.csv"), Sample("members.csv"), Sample("rules.csv"), "Maria: heupbreuk, thuis blijven wonen", new TeamSizeLimits(2, 4));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));
        var imported = result.Scenario!;
        Assert.Equal(maria.Name, imported.Name);
        Assert.Equal(maria.TeamSize, imported.TeamSize);
        // A CSV set has no goals table: the sample's activities without their goals.
        Assert.Equal(maria.Activities.Select(WithoutGoals), imported.Activities);
        Assert.Equal(maria.Dependencies, imported.Dependencies);
        Assert.Equal(maria.Members, imported.Members);
        Assert.Equal(maria.Rules, imported.Rules);

        // The sample's 'current' section says what its currentPackage tags say, apart from the teams.
        Assert.Equal(
            maria.CurrentOrganisation()!.Packages.Select(p => (p.Id, string.Join(",", p.Activities))),
            imported.CurrentOrganisation()!.Packages.Select(p => (p.Id, string.Join(",", p.Activities))));
    }

    [Fact]
    public void Semicolon_files_take_decimal_commas_and_dutch_headers_and_terms()
    {
        var result = Import(
            "id;naam;vereist;idealeSchaal;complexiteit;werklast\na;Bezoek;visit;geleefde buurt;eenvoudig;4,5\nb;Zorg;care|visit;gemeente/stad + rand;complex;2\n",
            "van;naar;intensiteit;gewicht\na;b;info delen;\nb;a;;0,75\n",
            "id;naam;partner;capaciteiten;werkingsgebied;uren;maxTeams;informeel\nm;Mia;Buren;visit|care;gemeente;1,5;2;ja\n");
        Assert.Empty(result.Errors);
        var s = result.Scenario!;
        Assert.Equal(4.5, s.Activities[0].Workload);
        Assert.Equal(Ontwar.Scale.LivedNeighbourhood, s.Activities[0].IdealScale);
        Assert.Equal(Complexity.Simple, s.Activities[0].Complexity);
        Assert.Equal(["care", "visit"], s.Activities[1].Requires);
        Assert.Equal(Intensity.Information, s.Dependencies[0].Intensity);
        Assert.Equal(0.75, s.Dependencies[1].Weight);
        Assert.Equal(new Member("m", Ontwar.Scale.Municipality, ["visit", "care"], "Mia", "Buren", 1.5, 2, true), s.Members[0]);
    }

    [Fact]
    public void Comma_files_take_decimal_points_and_say_so_when_a_decimal_comma_is_quoted_in()
    {
        var ok = Import("id,name,idealScale,workload\na,A,municipality,4.5\n", "from,to,weight\n", "id,scale\nm,municipality\n");
        Assert.Empty(ok.Errors);
        Assert.Equal(4.5, ok.Scenario!.Activities[0].Workload);

        var bad = Import("id,name,idealScale,workload\na,A,municipality,\"4,5\"\n", "from,to,weight\n", "id,scale\nm,municipality\n");
        var error = Assert.Single(bad.Errors);
        Assert.Equal("a.csv: row 2, column 'workload': '4,5' is not a number (comma-separated files take a decimal point: 4.5).", error);
        Assert.Null(bad.Scenario);
    }

    [Fact]
    public void Every_problem_names_file_row_and_column()
    {
        var result = Import(
            "id;name;idealScale\na;A;city\n;B;municipality\n",
            "from;to;intensity\na;x;loud\n",
            "id;scale;hours;informal\nm;municipality;-1;perhaps\n",
            "kind;activity\nsometimes;a\n");
        Assert.Equal(
            [
                "a.csv: row 2, column 'idealScale': unknown scale 'city'; expected one of livedNeighbourhood, geographicNeighbourhood, municipality, localRegion, supraLocalRegion (or the Dutch geleefde buurt, geografische buurt, gemeente, lokale regio, bovenlokale regio).",
                "a.csv: row 3, column 'id': this cell is required but empty.",
                "d.csv: row 2, column 'intensity': unknown intensity 'loud'; expected one of referral, information, alignment, joint (or the Dutch terms doorverwijzen, info delen, afstemmen, samen uitvoeren).",
                "m.csv: row 2, column 'hours': -1 must be greater than 0.",
                "m.csv: row 2, column 'informal': 'perhaps' is not yes or no (true/false, ja/nee, 1/0).",
                "r.csv: row 2, column 'kind': unknown rule kind 'sometimes'; expected together, apart, fixedScale, memberRequired or memberExcluded.",
            ],
            result.Errors);
    }

    [Fact]
    public void The_validators_findings_are_mapped_back_to_file_row_and_column()
    {
        var result = Import(
            "id,name,idealScale\na,A,municipality\n\nb,B,municipality\na,C,municipality\n",
            "from,to,intensity\na,b,joint\nb,zz,joint\n",
            "id,scale\nm,municipality\n");
        Assert.Contains(result.Errors, e => e.StartsWith("a.csv: row 5, column 'id': ", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("d.csv: row 3, column 'to': No activity has the identifier 'zz'", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_columns_and_empty_files_are_reported_and_unknown_columns_warned_about()
    {
        var result = Import("name,idealScale,colour\nA,municipality,red\n", "from,to\n", string.Empty);
        Assert.Contains("a.csv: row 1: no column 'id' (or activityid, activiteitid, code).", result.Errors);
        Assert.Contains("d.csv: row 1: needs a column 'intensity' or 'weight' (intensiteit, gewicht).", result.Errors);
        Assert.Contains("m.csv: row 1: the file is empty; expected a header row with the column names.", result.Errors);
        Assert.Contains(result.Warnings, w => w.StartsWith("a.csv: row 1, column 'colour': not a known column", StringComparison.Ordinal));
    }

    [Fact]
    public void Cells_that_start_like_a_formula_are_warned_about_and_read_as_text()
    {
        var result = Import(
            "id,name,idealScale\na,=cmd|' /C calc'!A0,municipality\nb,@SUM(1),municipality\n",
            "from,to,weight\na,b,2\n",
            "id,scale,partner\nm,municipality,+HYPERLINK(x)\n");

        Assert.Empty(result.Errors);
        Assert.Equal("=cmd|' /C calc'!A0", result.Scenario!.Activities[0].Name);
        Assert.Contains(result.Warnings, w => w.StartsWith("a.csv: row 2, column 'name': the cell starts with '='", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("a.csv: row 3, column 'name': the cell starts with '@'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("m.csv: row 2, column 'partner': the cell starts with '+'", StringComparison.Ordinal));
        Assert.Equal(3, result.Warnings.Count);
    }

    [Fact]
    public void Formula_warnings_are_counted_past_twenty_per_file()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"a{i},=x{i},municipality\n"));

        var result = Import("id,name,idealScale\n" + rows, "from,to,weight\na0,a1,2\n", "id,scale\nm,municipality\n");

        Assert.Equal(21, result.Warnings.Count);
        Assert.Equal("a.csv: ... and 30 more cells that start like a formula.", result.Warnings[^1]);
    }

    [Property(MaxTest = 60)]
    public Property Writing_any_scenario_as_csv_and_importing_it_gives_the_same_scenario()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(), scenario =>
        {
            foreach (var separator in new[] { ';', ',' })
            {
                var result = CsvScenarioImporter.Import(
                    new CsvSource("a.csv", Activities(scenario, separator)),
                    new CsvSource("d.csv", Dependencies(scenario, separator)),
                    new CsvSource("m.csv", Members(scenario, separator)),
                    new CsvSource("r.csv", Rules(scenario, separator)),
                    scenario.Name,
                    scenario.TeamSize);
                Assert.Empty(result.Errors);
                var s = result.Scenario!;
                Assert.Equal(scenario.Activities, s.Activities);
                Assert.Equal(scenario.Dependencies, s.Dependencies);
                Assert.Equal(scenario.Members, s.Members);
                Assert.Equal(scenario.Rules, s.Rules);
                Assert.Equal(scenario.TeamSize, s.TeamSize);
            }
        });
    }

    private static string Activities(Scenario s, char sep) => Csv(
        sep,
        ["id", "name", "requires", "idealScale", "complexity", "workload", "function", "currentPackage"],
        s.Activities.Select(a => new[] { a.Id, a.Name, string.Join('|', a.Requires), a.IdealScale.ToName(), a.Complexity.ToName(), Num(a.Workload, sep), a.Function, a.CurrentPackage }));

    private static string Dependencies(Scenario s, char sep) => Csv(
        sep,
        ["from", "to", "intensity", "weight"],
        s.Dependencies.Select(d => new[] { d.From, d.To, d.Intensity?.ToName(), Num(d.Weight, sep) }));

    private static string Members(Scenario s, char sep) => Csv(
        sep,
        ["id", "name", "partner", "capabilities", "scale", "hours", "maxTeams", "informal"],
        s.Members.Select(m => new[] { m.Id, m.Name, m.Partner, string.Join('|', m.Capabilities), m.Scale.ToName(), Num(m.Hours, sep), m.MaxTeams.ToString(CultureInfo.InvariantCulture), m.Informal ? "yes" : "no" }));

    private static string Rules(Scenario s, char sep) => Csv(
        sep,
        ["kind", "activities", "activity", "member", "scale", "reason"],
        s.Rules.Select(r => r switch
        {
            TogetherRule t => new[] { "together", string.Join('|', t.Activities), null, null, null, t.Reason },
            ApartRule a => ["apart", string.Join('|', a.Activities), null, null, null, a.Reason],
            FixedScaleRule f => ["fixedScale", null, f.Activity, null, f.Scale.ToName(), f.Reason],
            MemberRequiredRule q => ["memberRequired", null, q.Activity, q.Member, null, q.Reason],
            MemberExcludedRule e => ["memberExcluded", null, e.Activity, e.Member, null, e.Reason],
            _ => throw new InvalidOperationException(),
        }));

    private static string? Num(double? value, char sep)
    {
        var text = value?.ToString("R", CultureInfo.InvariantCulture);
        return sep == ';' ? text?.Replace('.', ',') : text;
    }

    private static string Csv(char sep, string[] header, IEnumerable<string?[]> rows)
    {
        var text = new StringBuilder(string.Join(sep, header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(sep, row.Select(v => v is null ? string.Empty : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append('\n');
        }

        return text.ToString();
    }

    private static Activity WithoutGoals(Activity a)
        => new(a.Id, a.Name, a.IdealScale, a.Requires, a.Complexity, a.Workload, a.Function, a.CurrentPackage, a.Stability);
}
