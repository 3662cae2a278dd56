using Ontwar.Benchmarks.Comparison;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class LouvainPeerTests
{
    [Fact]
    public void Reads_one_community_per_line()
        => Assert.Equal([1, 0, 0, 1, 2], LouvainPeer.ReadCommunities(["1 2", "0 3", "", "4"], 5));

    [Fact]
    public void A_vertex_in_two_communities_is_an_error()
        => Assert.Contains("vertex 1 in two communities", Assert.Throws<FormatException>(() => LouvainPeer.ReadCommunities(["0 1", "1"], 2)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_vertex_is_an_error()
        => Assert.Contains("vertex 2 in no community", Assert.Throws<FormatException>(() => LouvainPeer.ReadCommunities(["0 1"], 3)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_token_that_is_not_a_vertex_is_an_error()
        => Assert.Contains("'x'", Assert.Throws<FormatException>(() => LouvainPeer.ReadCommunities(["0 x"], 3)).Message, StringComparison.Ordinal);
}
