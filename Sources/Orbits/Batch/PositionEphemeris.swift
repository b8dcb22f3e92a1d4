/// TEME positions (no velocities) of many satellites at many times, struct-of-arrays,
/// satellite-major: the position of satellite `s` at time `j` is at index `s * timeCount + j`
/// of each component block.
///
/// Half the memory of an `Ephemeris`, for the users that only need positions (pass
/// prediction, conjunction screening at coarse steps).
public struct PositionEphemeris: Sendable {
    /// Number of satellites.
    public let satelliteCount: Int
    /// Number of times per satellite.
    public let timeCount: Int
    /// Three blocks of `satelliteCount * timeCount` doubles: x, y, z (km).
    public internal(set) var storage: [Double]
    /// Vallado's error code per state (0 = ok); states with an error hold NaN.
    public internal(set) var errorCodes: [UInt8]

    init(satelliteCount: Int, timeCount: Int, storage: [Double], errorCodes: [UInt8]) {
        precondition(storage.count == 3 * satelliteCount * timeCount && errorCodes.count == satelliteCount * timeCount)
        self.satelliteCount = satelliteCount
        self.timeCount = timeCount
        self.storage = storage
        self.errorCodes = errorCodes
    }

    /// Elements per component block.
    @inlinable public var blockSize: Int { satelliteCount * timeCount }

    /// The position of `satellite` at time index `time`, km.
    @inlinable
    public func position(satellite: Int, time: Int) -> SIMD3<Double> {
        let i = satellite * timeCount + time
        let n = blockSize
        return SIMD3(storage[i], storage[n + i], storage[2 * n + i])
    }

    /// The error code of `satellite` at time index `time` (nil when the position is valid).
    @inlinable
    public func error(satellite: Int, time: Int) -> SGP4Error.Code? {
        let code = errorCodes[satellite * timeCount + time]
        return code == 0 ? nil : SGP4Error.Code(rawValue: Int(code))
    }
}
