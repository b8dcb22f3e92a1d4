/// SGP4/SDP4 for many satellites at many times in SIMD lanes, work split across cores.
///
/// With at least `SIMDMath.width` (8, or 16 with `-DCONCORD_SIMD16`) times, each satellite is
/// propagated over consecutive times in the lanes, near earth and deep space alike; with fewer
/// times, near-earth satellites share the lanes and deep-space ones use the scalar path.
///
/// Results agree with `SGP4Propagator` far inside the verification tolerances (1e-8 km near
/// earth, 1e-6 km deep space; measured 2e-11 and 9e-11 km) with identical error codes;
/// `SGP4BatchTests` checks the verification set and random orbits of every kind.
///
/// Speed (1,000 LEO × 1,440 one-minute steps, CPU time of one core, AMD EPYC Zen 4): about
/// 15 M propagations/s with the default x86-64 build and 27–29 M/s built with
/// `-Xswiftc -target-cpu -Xswiftc haswell -Xswiftc -DCONCORD_SIMD16`; deep space 7 and 13 M/s.
public struct SGP4Batch: Sendable {
    /// The propagators, in the order results are reported.
    public let propagators: [SGP4Propagator]
    /// Near-earth satellites packed `SIMDMath.width` per block (for few times).
    @usableFromInline let blocks: [NearEarthLanes]
    /// For each block, the indices of its satellites in `propagators` (-1 for padding lanes).
    @usableFromInline let blockMembers: [SIMDMath.Indices]
    /// Indices of the near-earth satellites (each propagated over time lanes when there are
    /// enough times).
    @usableFromInline let nearEarthMembers: [Int]
    /// Indices of the deep-space satellites, propagated one at a time.
    @usableFromInline let deepSpaceMembers: [Int]

    /// Prepares a batch from initialised propagators (all with the same gravity model).
    public init(_ propagators: [SGP4Propagator]) {
        self.propagators = propagators
        var near: [Int] = []
        var deep: [Int] = []
        for (index, propagator) in propagators.enumerated() {
            if propagator.isDeepSpace || propagator.gravity != propagators[0].gravity {
                deep.append(index)
            } else {
                near.append(index)
            }
        }
        var blocks: [NearEarthLanes] = []
        var members: [SIMDMath.Indices] = []
        let width = SIMDMath.width
        blocks.reserveCapacity((near.count + width - 1) / width)
        var start = 0
        while start < near.count {
            let chunk = Array(near[start..<min(start + width, near.count)])
            blocks.append(NearEarthLanes(chunk.map { propagators[$0] }))
            var lanes = SIMDMath.Indices(repeating: -1)
            for (lane, index) in chunk.enumerated() { lanes[lane] = index }
            members.append(lanes)
            start += width
        }
        self.blocks = blocks
        self.blockMembers = members
        self.deepSpaceMembers = deep
        self.nearEarthMembers = near
    }

    /// Initialises propagators for the element sets and prepares the batch.
    public init(_ elements: [MeanElements], gravity: GravityModel = .wgs72, mode: OperationMode = .improved) {
        self.init(elements.map { SGP4Propagator($0, gravity: gravity, mode: mode) })
    }

    /// Number of satellites.
    @inlinable public var count: Int { propagators.count }
}
