import Consortium
import GroundNetwork
import Testing

@Suite("Shares and parties of the network's problem")
struct NetworkSharesTests {
    @Test("Without network shares, shares follow contributed antenna time; a withdrawn party and its station leave")
    func contributionShares() throws {
        var registry = NetworkFixtures.registry
        registry.agreements[0].clauses.networkShares = []
        let contributed = try NetworkProblemBuilder(registry: registry, requests: [], options: .init(threads: 1))
            .build(span: NetworkFixtures.day).problem
        #expect(contributed.partners.allSatisfy { $0.share == nil })
        // ESA withdrew on the 19th: from then on its station and spacecraft are out.
        var withdrawn = NetworkFixtures.registry
        withdrawn.agreements[0] = try withdrawn.agreements[0].withdrawing("esa", on: try Day("2026-03-19"))
        let built = try NetworkProblemBuilder(registry: withdrawn, requests: [NetworkFixtures.sentinelRequest])
            .build(span: NetworkFixtures.day)
        #expect(built.parties == ["nasa", "jaxa"])
        #expect(built.contributors == ["nasa"])
        #expect(built.problem.antennas.map(\.id) == ["dsn-goldstone/DSS-14", "dsn-goldstone/DSS-24"])
        #expect(built.problem.spacecraft.map(\.id) == ["hst", "iss"])
        #expect(built.problem.requests.map(\.id) == ["default-hst", "default-iss"])
        // NASA 76.6 and JAXA 12.8 of the remaining 89.4 %.
        let shares = built.problem.partners.compactMap(\.share)
        #expect(shares.count == 2 && abs(shares[0] - 76.6 / 89.4) < 1e-12 && abs(shares[1] - 12.8 / 89.4) < 1e-12)
    }
}
