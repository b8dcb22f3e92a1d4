import Testing

@testable import Orbits

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `SIMDMath` against the platform libm (glibc's sin/cos are correctly rounded in practice,
/// fmod is exact) over many random and special arguments, with the bounds its documentation
/// states: kernels within 1 ulp, reduced sin/cos within 2.3e-16 absolute, the 2π remainder within one
/// rounding of fmod.
@Suite struct SIMDMathTests {
    typealias V = SIMDMath.V

    /// Random vectors with |x| ≤ `limit` (both signs), plus fixed special arguments.
    static func arguments(limit: Double, vectors: Int = 1500, seed: UInt64) -> [V] {
        var generator = SplitMix64(seed: seed)
        var result: [V] = []
        for _ in 0..<vectors {
            var v = V()
            for lane in v.indices {
                // Log-uniform magnitudes exercise both tiny and large arguments.
                let magnitude = limit * pow(2.0, -generator.uniform(0, 40))
                v[lane] = generator.uniform(0, 1) < 0.5 ? -magnitude : magnitude
            }
            result.append(v)
        }
        var special: [Double] = [0, -0.0, 1e-300, -1e-20, .pi / 4, -.pi / 4]
        for k in 1...64 {
            let multiple = Double(k) * .pi / 2
            if multiple <= limit { special += [multiple, -multiple, multiple.nextUp, multiple.nextDown] }
        }
        special = special.filter { abs($0) <= limit }
        while !special.isEmpty {
            var v = V(repeating: special[0])
            for lane in v.indices where lane < special.count { v[lane] = special[lane] }
            result.append(v)
            special.removeFirst(min(special.count, V.scalarCount))
        }
        return result
    }

    func ulp(_ x: Double) -> Double { x == 0 ? Double.leastNonzeroMagnitude : x.ulp }

    @Test func kernelWithinOneUlp() {
        var worst = 0.0
        for x in Self.arguments(limit: .pi / 4, seed: 1) {
            let k = SIMDMath.kernelSinCos(x)
            for lane in x.indices {
                worst = max(worst, abs(k.sin[lane] - sin(x[lane])) / ulp(sin(x[lane])))
                worst = max(worst, abs(k.cos[lane] - cos(x[lane])) / ulp(cos(x[lane])))
            }
        }
        print("kernel sin/cos: worst \(worst) ulp")
        #expect(worst <= 1.0)
    }

    @Test func smallKernelWithinOneUlp() {
        var worst = 0.0
        for x in Self.arguments(limit: SIMDMath.smallAngle, seed: 2) {
            let k = SIMDMath.smallKernelSinCos(x)
            for lane in x.indices {
                worst = max(worst, abs(k.sin[lane] - sin(x[lane])) / ulp(sin(x[lane])))
                worst = max(worst, abs(k.cos[lane] - cos(x[lane])) / ulp(cos(x[lane])))
            }
        }
        print("small kernel sin/cos: worst \(worst) ulp")
        #expect(worst <= 1.0)
    }

    @Test(arguments: [10.0, 1.0e3, 1.0e5, SIMDMath.reductionLimit])
    func sinCosWithinAbsoluteBound(limit: Double) {
        var worst = 0.0
        for x in Self.arguments(limit: limit, seed: UInt64(limit)) {
            let r = SIMDMath.sinCos(x)
            for lane in x.indices {
                worst = max(worst, abs(r.sin[lane] - sin(x[lane])), abs(r.cos[lane] - cos(x[lane])))
            }
        }
        print("sinCos |x| <= \(limit): worst absolute error \(worst)")
        #expect(worst <= 2.3e-16)
    }

    @Test func rotateWithinAbsoluteBound() {
        var generator = SplitMix64(seed: 7)
        var worst = 0.0
        for x in Self.arguments(limit: 100, seed: 3) {
            var d = V()
            for lane in d.indices { d[lane] = generator.uniform(-.pi / 4, .pi / 4) }
            let r = SIMDMath.rotate(sin: SIMDMath.sinCos(x).sin, cos: SIMDMath.sinCos(x).cos, by: d)
            for lane in x.indices {
                let a = x[lane] + d[lane]
                worst = max(worst, abs(r.sin[lane] - sin(a)), abs(r.cos[lane] - cos(a)))
            }
        }
        // Rounding of x + d itself contributes up to ulp(100)/2 = 7e-15.
        #expect(worst <= 1e-14)
    }

    @Test func remainderMatchesFmod() {
        var worst = 0.0
        for x in Self.arguments(limit: 8 * SIMDMath.reductionLimit, seed: 11) {
            let r = SIMDMath.remainderTwoPi(x)
            for lane in x.indices {
                let exact = fmod(x[lane], 2 * .pi)
                var difference = r[lane] - exact
                // A lane just below a multiple of 2π may land on the other side of it.
                difference -= (2 * .pi) * (difference / (2 * .pi)).rounded()
                worst = max(worst, abs(difference))
                // fmod's sign, except the documented −1e-16 in place of 2π − 1e-16.
                #expect(abs(r[lane]) <= 2 * .pi + 1e-15 && (r[lane].sign == x[lane].sign || abs(r[lane]) <= 1e-15))
            }
        }
        print("remainderTwoPi: worst \(worst) rad")
        // Within one rounding of fmod (half an ulp of 2π).
        #expect(worst <= 4.5e-16)
    }

    @Test func squareRootAndMaskHelpers() {
        for x in Self.arguments(limit: 1e6, seed: 5) {
            let root = SIMDMath.sqrt(x)
            for lane in x.indices { #expect(root[lane] == abs(x[lane]).squareRoot()) }
            #expect(SIMDMath.any(x .> 0) == x.indices.contains { x[$0] > 0 })
        }
        #expect(!SIMDMath.any(V(repeating: 1) .< 0))
    }
}
