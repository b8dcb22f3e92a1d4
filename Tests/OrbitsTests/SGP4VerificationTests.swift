import Foundation
import Testing

@testable import Orbits

/// Vallado's verification: every element set of `SGP4-VER.TLE` propagated over its
/// start/stop/step, compared with every line of `tcppver.out` (Vallado's C++ `testcpp`
/// output, opsmode 'i', WGS-72), and the error cases reported where the reference stops.
@Suite struct SGP4VerificationTests {
    /// Position and velocity tolerances: near earth 1e-8 km and 1e-9 km/s (the printed
    /// precision is 1e-8 km and 1e-9 km/s); deep space 1e-6 km and 1e-8 km/s.
    static let nearEarth = (position: 1e-8, velocity: 1e-9)
    static let deepSpace = (position: 1e-6, velocity: 1e-8)

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func everyLineOfTcppver() throws {
        let cases = try VerificationFile.cases()
        let blocks = try VerificationFile.expectedBlocks()
        #expect(cases.count == 33)
        #expect(blocks.count == 33)
        #expect(blocks.reduce(0) { $0 + $1.rows.count } == 667)

        var errorCodes: [Int] = []
        var compared = (near: 0, deep: 0)
        var worst = (nearR: 0.0, nearV: 0.0, deepR: 0.0, deepV: 0.0)
        for (testCase, block) in zip(cases, blocks) {
            #expect(testCase.elements.catalogNumber == block.catalogNumber)
            let propagator = SGP4Propagator(testCase.elements)
            let tolerance = propagator.isDeepSpace ? Self.deepSpace : Self.nearEarth
            var rowIndex = 0
            times: for tsince in testCase.times {
                switch Result(catching: { () throws(SGP4Error) in try propagator.state(minutesSinceEpoch: tsince) }) {
                case .success(let state):
                    try #require(
                        rowIndex < block.rows.count,
                        "\(block.catalogNumber) t=\(tsince): propagated but the reference stopped here")
                    let row = block.rows[rowIndex]
                    #expect(abs(row.tsince - tsince) < 1e-9)
                    let dr = maxAbs(state.position - row.position)
                    let dv = maxAbs(state.velocity - row.velocity)
                    #expect(
                        dr <= tolerance.position && dv <= tolerance.velocity,
                        "\(block.catalogNumber) t=\(tsince): |dr| \(dr) km, |dv| \(dv) km/s")
                    if propagator.isDeepSpace {
                        compared.deep += 1
                        worst.deepR = max(worst.deepR, dr)
                        worst.deepV = max(worst.deepV, dv)
                    } else {
                        compared.near += 1
                        worst.nearR = max(worst.nearR, dr)
                        worst.nearV = max(worst.nearV, dv)
                    }
                    rowIndex += 1
                case .failure(let error):
                    errorCodes.append(error.code.rawValue)
                    // At epoch the reference repeats the previous data line; later it stops.
                    let expectedRows = tsince == 0 ? 1 : rowIndex
                    #expect(block.rows.count == expectedRows, "\(block.catalogNumber) stops at t=\(tsince)")
                    rowIndex = block.rows.count
                    break times
                }
            }
            #expect(rowIndex == block.rows.count, "\(block.catalogNumber): \(rowIndex) of \(block.rows.count) rows")
        }
        #expect(errorCodes == [1, 1, 6, 6, 4, 3, 6])
        #expect(compared.near + compared.deep == 666)
        print(
            "tcppver: \(compared.near) near-earth states, max |dr| \(worst.nearR) km, |dv| \(worst.nearV) km/s; "
                + "\(compared.deep) deep-space states, max |dr| \(worst.deepR) km, |dv| \(worst.deepV) km/s")
    }

    func maxAbs(_ d: SIMD3<Double>) -> Double { max(abs(d.x), abs(d.y), abs(d.z)) }

    @Test func errorCodesMatchVallado() {
        #expect(SGP4Error.Code.meanEccentricityOutOfRange.rawValue == 1)
        #expect(SGP4Error.Code.meanMotionNotPositive.rawValue == 2)
        #expect(SGP4Error.Code.perturbedEccentricityOutOfRange.rawValue == 3)
        #expect(SGP4Error.Code.semiLatusRectumNegative.rawValue == 4)
        #expect(SGP4Error.Code.decayed.rawValue == 6)
    }
}

extension SGP4VerificationTests {
    /// A non-finite or absurd time is an error, not an endless resonance integration.
    @Test func nonFiniteTimesAreErrors() throws {
        // The 24 h resonant (geosynchronous) elements of SGP4-VER.TLE case 33335, renumbered.
        let elements = try MeanElements(
            tle: """
                1 28626U 05008A   06176.46683397 -.00000205  00000-0  10000-3 0  2190
                2 28626   0.0019 286.9433 0000004  13.7918  55.6504  1.00270176  4891
                """, options: .ignoringChecksums)
        let propagator = SGP4Propagator(elements)
        #expect(propagator.isDeepSpace)
        for t in [Double.infinity, -.infinity, .nan, 2e8] {
            #expect(throws: SGP4Error.self) { try propagator.state(minutesSinceEpoch: t) }
        }
        #expect(throws: Never.self) { try propagator.state(minutesSinceEpoch: 1e6) }
    }
}
