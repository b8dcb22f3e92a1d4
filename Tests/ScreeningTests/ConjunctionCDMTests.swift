import Foundation
import Orbits
import Testing

@testable import Screening

/// CDMs written from screening results (`Conjunction.cdm`): the numbers are the screener's in
/// CDM units, the states are the TEME states rotated to ITRF, the message reads back equal
/// and its XML validates against the NDM/XML 1.0 schema.
@Suite("CDMs from screening results")
struct ConjunctionCDMTests {
    static let options = ScreeningOptions(
        start: ScreeningFixture.start, spanSeconds: 86_400, threshold: .distance(km: 10))
    static let created = try! Instant(iso8601: "2023-09-04T00:00:00Z")

    /// The subset's fastest non-co-moving encounter and one co-moving pair.
    static func samples() throws -> [Conjunction] {
        let all = ScreeningFixture.report.conjunctions
        let fast = try #require(
            all.filter { !$0.flags.contains(.comoving) }.max { $0.relativeSpeed < $1.relativeSpeed })
        let slow = try #require(all.first { $0.flags.contains(.comoving) })
        return [fast, slow]
    }

    @Test("Fields in CDM units; ITRF states; the message id names the pair and TCA")
    func fields() throws {
        for conjunction in try Self.samples() {
            let cdm = conjunction.cdm(options: Self.options, originator: "CONCORD", creationDate: Self.created)
            #expect(cdm.relative.tca == conjunction.tca)
            #expect(cdm.relative.missDistance == conjunction.missDistance * 1000)
            #expect(cdm.relative.relativeSpeed == conjunction.relativeSpeed * 1000)
            let rtn = try #require(cdm.relative.relativePosition)
            // |relative position| is the miss distance (m).
            #expect(abs((rtn * rtn).sum().squareRoot() - conjunction.missDistance * 1000) < 1e-6)
            #expect(cdm.relative.screenVolume == SIMD3(repeating: 10_000))
            #expect(cdm.relative.stopScreenPeriod == ScreeningFixture.start.adding(seconds: 86_400))
            // The ITRF positions differ by the same vector length as the TEME ones (a rotation).
            let d = cdm.object2.position - cdm.object1.position
            #expect(abs((d * d).sum().squareRoot() - conjunction.missDistance) < 1e-9)
            let r = conjunction.primaryState.position
            #expect(abs(cdm.object1.position.z - r.z) < 1e-9, "the rotation is about the z axis")
            #expect(cdm.object1.metadata.refFrame == "ITRF")
            #expect(cdm.object1.metadata.objectDesignator == String(conjunction.primary.catalogNumber))
            #expect(cdm.header.messageID.hasPrefix("CONCORD-\(conjunction.primary.catalogNumber)-"))
            #expect(cdm.object1.covariance.values.allSatisfy { $0 == 0 })
        }
    }

    @Test("KVN and XML read back to the same message")
    func roundTrip() throws {
        for conjunction in try Self.samples() {
            let cdm = conjunction.cdm(options: Self.options, originator: "CONCORD", creationDate: Self.created)
            let kvn = try CDM.read(cdm.kvn()).cdm
            #expect(
                kvn.relative.missDistance == cdm.relative.missDistance
                    || abs(kvn.relative.missDistance - cdm.relative.missDistance) < 1e-6)
            #expect(kvn.header.messageID == cdm.header.messageID)
            #expect(abs((kvn.object2.position - cdm.object2.position).x) < 1e-6)
            let xml = try CDM.read(cdm.xml()).cdm
            #expect(xml.relative.tca.seconds(since: cdm.relative.tca).magnitude < 1e-3)
            #expect(xml.object1.metadata.objectName == cdm.object1.metadata.objectName)
        }
    }

    @Test(
        "The XML validates against the NDM/XML 1.0 schema",
        .enabled(if: CDMSchemaTests.canValidate, "xmllint or ../shared/data/ccsds/xsd absent: skipped"))
    func schema() throws {
        for conjunction in try Self.samples() {
            let cdm = conjunction.cdm(options: Self.options, originator: "CONCORD", creationDate: Self.created)
            let (status, output) = try CDMSchemaTests.validate(cdm.xml())
            #expect(status == 0, "\(output)")
        }
    }
}
