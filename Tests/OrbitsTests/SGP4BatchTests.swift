import Testing

@testable import Orbits

/// The SIMD batch path against the reference file and against the scalar path.
@Suite struct SGP4BatchTests {
    func maxAbs(_ d: SIMD3<Double>) -> Double { max(abs(d.x), abs(d.y), abs(d.z)) }

    /// Every verification case through the batch path, against `tcppver.out`, with the
    /// tolerances of `SGP4VerificationTests` and the same error codes.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func batchMatchesTcppver() throws {
        let cases = try VerificationFile.cases()
        let blocks = try VerificationFile.expectedBlocks()
        var errorCodes: [Int] = []
        for (testCase, block) in zip(cases, blocks) {
            let batch = SGP4Batch([testCase.elements])
            let tolerance =
                batch.propagators[0].isDeepSpace
                ? SGP4VerificationTests.deepSpace : SGP4VerificationTests.nearEarth
            let times = testCase.times
            let ephemeris = batch.ephemeris(minutesSinceEpoch: times, threads: 1)
            var row = 0
            for j in times.indices {
                if let code = ephemeris.error(satellite: 0, time: j) {
                    errorCodes.append(code.rawValue)
                    #expect(block.rows.count == (j == 0 ? 1 : row), "\(block.catalogNumber) stops at \(times[j])")
                    break
                }
                let state = ephemeris.state(satellite: 0, time: j)
                let expected = try #require(row < block.rows.count ? block.rows[row] : nil)
                let dr = maxAbs(state.position - expected.position)
                let dv = maxAbs(state.velocity - expected.velocity)
                #expect(
                    dr <= tolerance.position && dv <= tolerance.velocity,
                    "\(block.catalogNumber) t=\(times[j]): |dr| \(dr) km |dv| \(dv) km/s")
                row += 1
            }
        }
        #expect(errorCodes == [1, 1, 6, 6, 4, 3, 6])
    }

    /// Random near-earth element sets (fixed seed; drag from none to heavy, e up to 0.7, all
    /// inclinations incl. equatorial and retrograde).
    static func randomNearEarth(count: Int = 203) -> [MeanElements] {
        var generator = SplitMix64(seed: 20_261_122)
        var elements: [MeanElements] = []
        for index in 0..<count {
            let eccentricity = index % 10 == 0 ? generator.uniform(0.1, 0.7) : generator.uniform(0, 0.02)
            elements.append(
                MeanElements(
                    catalogNumber: index, epoch: Instant(julianDay: 2_460_000.5, fraction: generator.uniform(0, 1)),
                    meanMotionDot: generator.uniform(0, 1e-3), bstar: generator.uniform(-1e-4, 1e-3),
                    inclination: index % 17 == 0 ? 0 : generator.uniform(0, 180),
                    rightAscension: generator.uniform(0, 360), eccentricity: eccentricity,
                    argumentOfPerigee: generator.uniform(0, 360), meanAnomaly: generator.uniform(0, 360),
                    meanMotion: generator.uniform(6.5, 16.4)))
        }
        return elements
    }

    /// Every state of `ephemeris` against the scalar propagator at the same minutes since
    /// epoch: same error codes, and the worst position (km) and velocity (km/s) difference.
    func compare(
        _ ephemeris: Ephemeris, _ batch: SGP4Batch, minutes: (_ satellite: Int, _ time: Int) -> Double
    ) -> (r: Double, v: Double, failures: Int) {
        var worst = (r: 0.0, v: 0.0, failures: 0)
        for (s, propagator) in batch.propagators.enumerated() {
            for j in 0..<ephemeris.timeCount {
                let t = minutes(s, j)
                switch Result(catching: { () throws(SGP4Error) in try propagator.state(minutesSinceEpoch: t) }) {
                case .success(let expected):
                    #expect(ephemeris.error(satellite: s, time: j) == nil, "satellite \(s) at \(t) min")
                    let state = ephemeris.state(satellite: s, time: j)
                    worst.r = max(worst.r, maxAbs(state.position - expected.position))
                    worst.v = max(worst.v, maxAbs(state.velocity - expected.velocity))
                case .failure(let error):
                    worst.failures += 1
                    #expect(ephemeris.error(satellite: s, time: j) == error.code, "satellite \(s) at \(t) min")
                    #expect(ephemeris.state(satellite: s, time: j).position.x.isNaN)
                }
            }
        }
        return worst
    }

    /// Random near-earth orbits over ±3 days (many times: consecutive times share a SIMD
    /// vector): batch = scalar to 1e-8 km and 1e-9 km/s with the same error codes, on 1 and
    /// 2 threads, through `ephemeris` and `propagate(into:)`.
    @Test func batchAgreesWithScalar() {
        let batch = SGP4Batch(Self.randomNearEarth())
        let minutes = stride(from: -4320.0, through: 4320.0, by: 37.3).map { $0 }
        let one = batch.ephemeris(minutesSinceEpoch: minutes, threads: 1)
        let two = batch.ephemeris(minutesSinceEpoch: minutes, threads: 2)
        #expect(one.storage.elementsEqual(two.storage) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(one.errorCodes == two.errorCodes)
        var reused = Ephemeris(satelliteCount: 0, timeCount: 0)
        batch.propagate(minutesSinceEpoch: minutes, into: &reused, threads: 2)
        #expect(one.storage.elementsEqual(reused.storage) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        let worst = compare(one, batch) { _, j in minutes[j] }
        print("batch vs scalar: max |dr| \(worst.r) km, |dv| \(worst.v) km/s, \(worst.failures) error states")
        #expect(worst.r <= 1e-8, "max |dr| \(worst.r) km")
        #expect(worst.v <= 1e-9, "max |dv| \(worst.v) km/s")
        #expect(worst.failures > 0, "the sample includes decaying orbits, so error paths are exercised")
    }

    /// Fewer times than SIMD lanes (satellites share a vector instead) and UTC instants: same
    /// tolerances against `SGP4Propagator.state(at:)`'s minutes.
    @Test func fewInstantsAgreeWithScalar() {
        let batch = SGP4Batch(Self.randomNearEarth())
        let start = Instant(julianDay: 2_460_001.5, fraction: 0.123)
        let instants = [start, start.adding(minutes: -2000.5), start.adding(minutes: 2500.25)]
        let ephemeris = batch.ephemeris(at: instants, threads: 2)
        let worst = compare(ephemeris, batch) { s, j in instants[j].minutes(since: batch.propagators[s].elements.epoch)
        }
        #expect(worst.r <= 1e-8, "max |dr| \(worst.r) km")
        #expect(worst.v <= 1e-9, "max |dv| \(worst.v) km/s")
        #expect(worst.failures > 0)
        var many = instants
        for k in 0..<20 { many.append(start.adding(minutes: Double(k) * 97.1 - 900)) }
        let manyStates = batch.ephemeris(at: many, threads: 1)
        let worstMany = compare(manyStates, batch) { s, j in
            many[j].minutes(since: batch.propagators[s].elements.epoch)
        }
        #expect(worstMany.r <= 1e-8, "max |dr| \(worstMany.r) km")
        #expect(worstMany.v <= 1e-9, "max |dv| \(worstMany.v) km/s")
    }

    /// Times so far from epoch (±5e6 min, ~10 years) that the angles leave the exact SIMD
    /// reduction range: those steps fall back to the scalar path, so states are identical;
    /// the nearer times in the same vectors stay within tolerance.
    @Test func farTimesFallBackToScalar() {
        let elements = Self.randomNearEarth(count: 40).map { element -> MeanElements in
            var fast = element
            fast.bstar = 0  // keeps the satellites alive that far out
            fast.meanMotion = 14 + element.meanMotion / 10
            return fast
        }
        let batch = SGP4Batch(elements)
        #expect(batch.propagators.allSatisfy { NearEarthLanes.safeMinutes($0) < 5.0e6 })
        let far = [-5.0e6, 5.0e6, 5.0e6 + 1]
        let minutes = far + [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
        for ephemeris in [
            batch.ephemeris(minutesSinceEpoch: minutes, threads: 1),
            batch.ephemeris(minutesSinceEpoch: far, threads: 1),
        ] {
            for (s, propagator) in batch.propagators.enumerated() {
                for j in far.indices {
                    switch Result(catching: { () throws(SGP4Error) in try propagator.state(minutesSinceEpoch: far[j]) })
                    {
                    case .success(let expected):
                        #expect(ephemeris.state(satellite: s, time: j) == expected, "satellite \(s) at \(far[j])")
                    case .failure(let error):
                        #expect(ephemeris.error(satellite: s, time: j) == error.code)
                    }
                }
            }
        }
        let near = compare(batch.ephemeris(minutesSinceEpoch: minutes, threads: 1), batch) { _, j in minutes[j] }
        #expect(near.r <= 1e-8 && near.v <= 1e-9, "max |dr| \(near.r) km, |dv| \(near.v) km/s")

        // Deep space: 3e7 min is beyond every deep-space satellite's SIMD range.
        let deep = SGP4Batch(Self.randomDeepSpace(count: 8))
        #expect(deep.propagators.allSatisfy { DeepSpaceLanes($0).safeMinutes < 3.0e7 })
        let deepMinutes = [3.0e7, 0, 100, 200, 300, 400, 500, 600, 700, 800]
        let deepStates = deep.ephemeris(minutesSinceEpoch: deepMinutes, threads: 1)
        for (s, propagator) in deep.propagators.enumerated() {
            switch Result(catching: { () throws(SGP4Error) in try propagator.state(minutesSinceEpoch: 3.0e7) }) {
            case .success(let expected): #expect(deepStates.state(satellite: s, time: 0) == expected)
            case .failure(let error): #expect(deepStates.error(satellite: s, time: 0) == error.code)
            }
        }
    }

    /// Random deep-space element sets (fixed seed): geosynchronous (one-day resonance, many
    /// below 0.2 rad so the Lyddane branch runs), Molniya (half-day resonance), GNSS and
    /// other periods without resonance, some retrograde and some near-equatorial.
    static func randomDeepSpace(count: Int = 96) -> [MeanElements] {
        var generator = SplitMix64(seed: 77_001)
        var elements: [MeanElements] = []
        for index in 0..<count {
            let kind = index % 4
            let (n, e, i): (Double, Double, Double) =
                kind == 0
                ? (generator.uniform(0.99, 1.01), generator.uniform(0, 0.01), generator.uniform(0, 15))
                : kind == 1
                    ? (generator.uniform(2.0, 2.01), generator.uniform(0.6, 0.74), 63.4)
                    : kind == 2
                        ? (generator.uniform(1.9, 2.1), generator.uniform(0, 0.02), generator.uniform(50, 60))
                        : (generator.uniform(1.2, 6.3), generator.uniform(0, 0.6), generator.uniform(0, 180))
            elements.append(
                MeanElements(
                    catalogNumber: 50_000 + index,
                    epoch: Instant(julianDay: 2_460_000.5, fraction: generator.uniform(0, 1)),
                    bstar: generator.uniform(-1e-5, 1e-4), inclination: i, rightAscension: generator.uniform(0, 360),
                    eccentricity: e, argumentOfPerigee: generator.uniform(0, 360),
                    meanAnomaly: generator.uniform(0, 360), meanMotion: n))
        }
        return elements
    }

    /// The SIMD deep-space kernel against the scalar SDP4 over ±10 days (several resonance
    /// steps, per-lane step counts around t = 0), in both operation modes, from minutes and
    /// from instants: 1e-6 km and 1e-8 km/s, same error codes.
    @Test(arguments: [OperationMode.improved, .afspc])
    func deepSpaceAgreesWithScalar(mode: OperationMode) {
        let batch = SGP4Batch(Self.randomDeepSpace(), mode: mode)
        #expect(batch.deepSpaceMembers.count == batch.count)
        let minutes = stride(from: -14_400.0, through: 14_400.0, by: 117.7).map { $0 }
        let ephemeris = batch.ephemeris(minutesSinceEpoch: minutes, threads: 2)
        let worst = compare(ephemeris, batch) { _, j in minutes[j] }
        print("deep space \(mode) batch vs scalar: max |dr| \(worst.r) km, |dv| \(worst.v) km/s")
        #expect(worst.r <= 1e-6, "max |dr| \(worst.r) km")
        #expect(worst.v <= 1e-8, "max |dv| \(worst.v) km/s")
        let start = Instant(julianDay: 2_460_000.5, fraction: 0.5)
        let instants = (0..<30).map { start.adding(minutes: Double($0) * 61.3 - 700) }
        let fromInstants = batch.ephemeris(at: instants, threads: 1)
        let worstInstants = compare(fromInstants, batch) { s, j in
            instants[j].minutes(since: batch.propagators[s].elements.epoch)
        }
        #expect(worstInstants.r <= 1e-6, "max |dr| \(worstInstants.r) km")
        #expect(worstInstants.v <= 1e-8, "max |dv| \(worstInstants.v) km/s")
    }

    /// Positions-only output: the same numbers and codes as the full ephemeris, for many times
    /// (time lanes), few times (satellite lanes) and a mix of near-earth and deep-space orbits.
    @Test func positionsMatchEphemeris() {
        let batch = SGP4Batch(Self.randomNearEarth(count: 37) + Self.randomDeepSpace(count: 12))
        let start = Instant(julianDay: 2_460_001.5, fraction: 0.25)
        for count in [3, 40] {
            let step = count == 3 ? 2500.0 : 173.0
            let instants = (0..<count).map { start.adding(minutes: Double($0) * step - 3000) }
            let full = batch.ephemeris(at: instants, threads: 2)
            let positions = batch.positions(at: instants, threads: 2)
            #expect(positions.errorCodes == full.errorCodes)
            #expect(positions.errorCodes.contains { $0 != 0 }, "decaying orbits exercise the error lanes")
            for s in 0..<batch.count {
                for j in 0..<count {
                    let expected = full.state(satellite: s, time: j).position
                    let position = positions.position(satellite: s, time: j)
                    #expect(position == expected || (position.x.isNaN && expected.x.isNaN), "\(s) \(j)")
                }
            }
        }
        let minutes = [0.0, 10, 20]
        #expect(
            batch.positions(minutesSinceEpoch: minutes).storage.prefix(3).elementsEqual(
                batch.ephemeris(minutesSinceEpoch: minutes).storage.prefix(3)))
    }
}

/// A small deterministic generator for reproducible test samples.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * Double(next() >> 11) / Double(1 << 53)
    }
}
