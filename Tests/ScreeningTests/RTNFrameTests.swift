import Orbits
import Testing

@testable import Screening

@Suite("RTN frame")
struct RTNFrameTests {
    /// Hand-worked: a circular equatorial orbit at x = 7000 km moving along +y has R = x̂,
    /// T = ŷ, N = ẑ; an inclined state is checked for orthonormality and round trip.
    @Test func equatorialAxes() throws {
        let frame = try #require(RTNFrame(position: [7000, 0, 0], velocity: [0, 7.5, 0]))
        #expect(frame.radial == [1, 0, 0])
        #expect(frame.transverse == [0, 1, 0])
        #expect(frame.normal == [0, 0, 1])
        #expect(frame.components(of: [1, 2, 3]) == [1, 2, 3])
    }

    @Test func inclinedIsOrthonormalAndRoundTrips() throws {
        // An arbitrary ISS-like inclined state (TEME km, km/s); the checks are geometric identities.
        let r = SIMD3<Double>(-4046.3, 2780.6, 4585.1)
        let v = SIMD3<Double>(-3.12, -6.71, 1.31)
        let frame = try #require(RTNFrame(position: r, velocity: v))
        let axes = [frame.radial, frame.transverse, frame.normal]
        for (i, a) in axes.enumerated() {
            for (j, b) in axes.enumerated() {
                #expect(abs((a * b).sum() - (i == j ? 1 : 0)) < 1e-14)
            }
        }
        let rtn = frame.components(of: r)
        #expect(abs(rtn.x - (r * r).sum().squareRoot()) < 1e-9)
        #expect(abs(rtn.y) < 1e-9 && abs(rtn.z) < 1e-9)
        let w = SIMD3<Double>(0.3, -1.7, 2.2)
        let back = frame.inertial(from: frame.components(of: w))
        #expect(((back - w) * (back - w)).sum().squareRoot() < 1e-14)
        // T is within a few degrees of the velocity on a near-circular orbit.
        let vHat = v / (v * v).sum().squareRoot()
        #expect((frame.transverse * vHat).sum() > 0.99)
    }

    @Test func degenerateStateHasNoFrame() {
        #expect(RTNFrame(position: [7000, 0, 0], velocity: [1, 0, 0]) == nil)
        #expect(RTNFrame(position: [0, 0, 0], velocity: [0, 7, 0]) == nil)
    }
}
