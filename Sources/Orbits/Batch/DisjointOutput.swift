/// The ephemeris buffers shared by the batch workers. Each work item writes only the rows of
/// its own satellites, so concurrent writes never overlap: that is what makes this
/// `@unchecked Sendable` sound.
@usableFromInline
struct DisjointOutput: @unchecked Sendable {
    /// Component blocks of `codes.count` doubles: x, y, z (km), then vx, vy, vz (km/s) when
    /// `velocities` is set.
    @usableFromInline let storage: UnsafeMutableBufferPointer<Double>
    @usableFromInline let codes: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline let velocities: Bool

    @inlinable init(storage: UnsafeMutableBufferPointer<Double>, codes: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
        self.codes = codes
        velocities = storage.count == 6 * codes.count
    }
}
