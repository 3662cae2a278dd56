using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Generation;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Generation;

public sealed class RandomScenarioGeneratorTests
{
    [Fact]
    public void Is_deterministic_per_seed_and_varies_with_it()
    {
        var first = RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 80, Seed = 9 });
        Assert.Equal(first, RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 80, Seed = 9 }));
        Assert.NotEqual(first, RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 80, Seed = 10 }));
    }

    [Property(MaxTest = 60)]
    public Property Any_valid_settings_give_a_scenario_of_that_size_where_every_capability_needed_is_held()
    {
        var arbitrary = Arb.From(
            from activities in Gen.Choose(1, 120)
            from members in Gen.Choose(1, 150)
            from capabilities in Gen.Choose(1, 20)
            from links in Gen.Choose(0, 6)
            from seed in Gen.Choose(0, 100_000)
            select new RandomScenarioOptions { Activities = activities, Members = members, Capabilities = capabilities, LinksPerActivity = links, Seed = seed });
        return Prop.ForAll(arbitrary, options =>
        {
            var s = RandomScenarioGenerator.Generate(options);
            Assert.Equal(options.Activities, s.Activities.Count);
            Assert.Equal(options.Members, s.Members.Count);
            Assert.Equal(options.Activities < 2 ? 0 : (int)Math.Round(options.LinksPerActivity * options.Activities / 2), s.Dependencies.Count);
            Assert.All(s.Dependencies, d => Assert.NotEqual(d.From, d.To));
            Assert.All(s.Members, m => Assert.True(m.Scale >= Ontwar.Scale.Municipality));
            if (options.Members >= options.Capabilities)
            {
                var held = s.Members.SelectMany(m => m.Capabilities).ToHashSet(StringComparer.Ordinal);
                Assert.All(s.Activities.SelectMany(a => a.Requires), c => Assert.Contains(c, held));
            }
        });
    }

    [Fact]
    public void Members_join_at_most_one_team_by_default_and_up_to_the_setting_otherwise()
    {
        var single = RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 60, Seed = 4 });
        Assert.All(single.Members, m => Assert.Equal(1, m.MaxTeams));

        var several = RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 60, MaxTeamsPerMember = 3, Seed = 4 });
        Assert.All(several.Members, m => Assert.InRange(m.MaxTeams, 1, 3));
        Assert.Equal([1, 2, 3], several.Members.Select(m => m.MaxTeams).Distinct().Order());
    }

    [Property(MaxTest = 60)]
    public Property Every_capability_has_at_least_the_holders_asked_for_when_there_are_enough_members()
    {
        var arbitrary = Arb.From(
            from activities in Gen.Choose(1, 80)
            from capabilities in Gen.Choose(1, 30)
            from holders in Gen.Choose(1, 5)
            from extra in Gen.Choose(0, 40)
            from seed in Gen.Choose(0, 100_000)
            select new RandomScenarioOptions { Activities = activities, Capabilities = capabilities, HoldersPerCapability = holders, Members = holders * capabilities + extra, Seed = seed });
        return Prop.ForAll(arbitrary, options =>
        {
            var s = RandomScenarioGenerator.Generate(options);
            for (int c = 0; c < options.Capabilities; c++)
            {
                string capability = "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(s.Members.Count(m => m.Capabilities.Contains(capability)) >= options.HoldersPerCapability, capability);
            }
        });
    }

    [Fact]
    public void The_default_holders_and_teams_leave_earlier_scenarios_unchanged()
    {
        var options = new RandomScenarioOptions { Activities = 40, Seed = 3 };
        Assert.Equal(
            RandomScenarioGenerator.Generate(options),
            RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 40, Seed = 3, HoldersPerCapability = 1, MaxTeamsPerMember = 1 }));
        Assert.NotEqual(
            RandomScenarioGenerator.Generate(options),
            RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 40, Seed = 3, HoldersPerCapability = 3 }));
    }

    [Fact]
    public void Invalid_settings_are_refused_with_every_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => RandomScenarioGenerator.Generate(new RandomScenarioOptions { Activities = 0, Members = 0, LinksPerActivity = double.NaN, HoldersPerCapability = 0, MaxTeamsPerMember = 0 }));
        Assert.Contains("Activities must be at least 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("Members must be at least 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("LinksPerActivity must be finite", e.Message, StringComparison.Ordinal);
        Assert.Contains("HoldersPerCapability must be at least 1; it is 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxTeamsPerMember must be at least 1; it is 0", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RandomScenarioGenerator.Generate(null!));
    }
}
