import Foundation
import Orbits
import Testing

@testable import Screening

/// The screener against the independent reference screen of the committed subset.
@Suite("Screening recall against the python reference")
struct ScreeningRecallTests {
    /// Every reference event is found: the same pair with a TCA within 1 s (co-moving pairs:
    /// the same pair, flagged), miss distance within 1 m and TCA within 10 ms of the
    /// reference (co-moving: distance only), and nothing the reference does not have.
    @Test func everyReferenceEventIsFound() throws {
        let reference = try ScreeningFixture.events()
        let report = ScreeningFixture.report
        #expect(reference.count == 279)
        var unmatched = report.conjunctions
        for event in reference {
            let index = unmatched.firstIndex { c in
                Set([c.primary.catalogNumber, c.secondary.catalogNumber]) == event.ids
                    && (event.comoving ? c.flags.contains(.comoving) : abs(c.tcaSeconds - event.tcaSeconds) < 1)
            }
            guard let index else {
                Issue.record("missed \(event.ids.sorted()) at \(event.tcaSeconds) s, \(event.miss) km")
                continue
            }
            let c = unmatched.remove(at: index)
            #expect(abs(c.missDistance - event.miss) <= 0.001, "\(event.ids.sorted()) miss \(c.missDistance)")
            if !event.comoving {
                #expect(abs(c.tcaSeconds - event.tcaSeconds) <= 0.010, "\(event.ids.sorted()) tca \(c.tcaSeconds)")
                #expect(abs(c.relativeSpeed - event.speed) <= 1e-5)
                #expect((c.flags.contains(.spanStart) || c.flags.contains(.spanEnd)) == event.boundary)
            }
        }
        #expect(
            unmatched.isEmpty,
            "extra: \(unmatched.map { ($0.primary.catalogNumber, $0.secondary.catalogNumber, $0.tcaSeconds) })")
    }

    /// The docked ISS and CSS vehicles are reported once each as co-moving; the ISS (ZARYA)
    /// against its modules at the same minimum as the reference.
    @Test func stationModulesAreCoMoving() throws {
        let report = ScreeningFixture.report
        let iss = report.conjunctions.filter {
            $0.primary.catalogNumber == 25544 || $0.secondary.catalogNumber == 25544
        }
        #expect(iss.count == 6)
        for c in iss {
            #expect(c.flags.contains(.comoving))
            #expect(abs(c.missDistance - 0.13252) < 0.001)
            #expect(c.relativeSpeed < 0.01)
        }
        #expect(report.statistics.comovingPairs >= 50)
    }

    /// The four objects python-sgp4 cannot propagate over the span are reported with the
    /// same error codes (6: decayed, 1: eccentricity out of range).
    @Test func failuresAreReported() throws {
        let failures = ScreeningFixture.report.failures
        let codes = Dictionary(uniqueKeysWithValues: failures.map { ($0.object.catalogNumber, $0.error.code.rawValue) })
        #expect(codes == [42277: 6, 55183: 1, 55740: 6, 56584: 6])
    }

    /// Relative position on the primary's R/T/N axes has the miss distance as its norm and
    /// is perpendicular to the relative velocity at TCA (Δr·Δv = 0, frame-independent).
    @Test func rtnStateIsConsistent() throws {
        for c in ScreeningFixture.report.conjunctions where c.flags.isEmpty {
            let r = c.rtnPosition
            let v = c.rtnVelocity
            #expect(abs((r * r).sum().squareRoot() - c.missDistance) < 1e-9)
            #expect(abs((v * v).sum().squareRoot() - c.relativeSpeed) < 1e-9)
            #expect(abs((r * v).sum()) < 1e-6 * c.missDistance * c.relativeSpeed + 1e-9)
        }
    }
}
