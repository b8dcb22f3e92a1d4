/// TEME states of many satellites at many times, struct-of-arrays, satellite-major:
/// the state of satellite `s` at time `j` is at index `s * timeCount + j` of each component.
///
/// One contiguous `[Double]` holds the six components (x, y, z, vx, vy, vz blocks, km and
/// km/s), so the batch propagator writes it without allocation or locking.
public struct Ephemeris: Sendable {
    /// Number of satellites.
    public let satelliteCount: Int
    /// Number of times per satellite.
    public let timeCount: Int
    /// Six blocks of `satelliteCount * timeCount` doubles: x, y, z (km), vx, vy, vz (km/s).
    public internal(set) var storage: [Double]
    /// Vallado's error code per state (0 = ok); states with an error hold NaN.
    public internal(set) var errorCodes: [UInt8]

    /// An ephemeris of NaN states, ready to be filled.
    public init(satelliteCount: Int, timeCount: Int) {
        self.satelliteCount = satelliteCount
        self.timeCount = timeCount
        storage = [Double](unsafeUninitializedCapacity: 6 * satelliteCount * timeCount) { buffer, initialised in
            adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: .nan)
            initialised = buffer.count
        }
        errorCodes = Array(repeating: 0, count: satelliteCount * timeCount)
    }

    /// An ephemeris over filled arrays (`storage` holds `6 * satelliteCount * timeCount`).
    init(satelliteCount: Int, timeCount: Int, storage: [Double], errorCodes: [UInt8]) {
        precondition(storage.count == 6 * satelliteCount * timeCount && errorCodes.count == satelliteCount * timeCount)
        self.satelliteCount = satelliteCount
        self.timeCount = timeCount
        self.storage = storage
        self.errorCodes = errorCodes
    }

    /// Elements per component block.
    @inlinable public var blockSize: Int { satelliteCount * timeCount }

    /// The state of `satellite` at time index `time`.
    @inlinable
    public func state(satellite: Int, time: Int) -> StateVector {
        let i = satellite * timeCount + time
        let n = blockSize
        return StateVector(
            position: SIMD3(storage[i], storage[n + i], storage[2 * n + i]),
            velocity: SIMD3(storage[3 * n + i], storage[4 * n + i], storage[5 * n + i]))
    }

    /// The error code of `satellite` at time index `time` (nil when the state is valid).
    @inlinable
    public func error(satellite: Int, time: Int) -> SGP4Error.Code? {
        let code = errorCodes[satellite * timeCount + time]
        return code == 0 ? nil : SGP4Error.Code(rawValue: Int(code))
    }
}
