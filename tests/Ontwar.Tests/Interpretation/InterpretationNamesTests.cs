using Ontwar.Interpretation;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Interpretation;

public sealed class InterpretationNamesTests
{
    [Fact]
    public void Coordination_names_are_the_contracts_and_parse_back_with_their_Dutch_aliases()
    {
        Assert.Equal(PlanVocabulary.Coordinations, Enum.GetValues<Coordination>().Select(c => c.ToName()));
        Assert.Equal(["hiërarchisch", "decentraal"], Enum.GetValues<Coordination>().Select(c => c.ToDutch()));
        foreach (var c in Enum.GetValues<Coordination>())
        {
            Assert.True(InterpretationNames.TryParseCoordination(c.ToName(), out var parsed));
            Assert.Equal(c, parsed);
            Assert.True(InterpretationNames.TryParseCoordination(c.ToDutch(), out parsed));
            Assert.Equal(c, parsed);
        }

        Assert.True(InterpretationNames.TryParseCoordination("centraal", out var central));
        Assert.Equal(Coordination.Hierarchical, central);
        Assert.False(InterpretationNames.TryParseCoordination("Decentralised", out _));
        Assert.False(InterpretationNames.TryParseCoordination(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Coordination)2).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Coordination)(-1)).ToDutch());
    }

    [Fact]
    public void Decision_level_names_are_the_contracts_and_parse_back_with_their_Dutch_aliases()
    {
        Assert.Equal(PlanVocabulary.DecisionLevels, Enum.GetValues<DecisionLevel>().Select(l => l.ToName()));
        Assert.Equal(["strategisch", "structureel", "operationeel"], Enum.GetValues<DecisionLevel>().Select(l => l.ToDutch()));
        foreach (var l in Enum.GetValues<DecisionLevel>())
        {
            Assert.True(InterpretationNames.TryParseDecisionLevel(l.ToName(), out var parsed));
            Assert.Equal(l, parsed);
            Assert.True(InterpretationNames.TryParseDecisionLevel(l.ToDutch(), out parsed));
            Assert.Equal(l, parsed);
        }

        Assert.False(InterpretationNames.TryParseDecisionLevel("tactical", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DecisionLevel)3).ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DecisionLevel)3).ToDutch());
    }
}
