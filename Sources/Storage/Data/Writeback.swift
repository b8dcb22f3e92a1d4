#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starting the kernel's writeback of a file's range early, so that a later `fsync` has little
/// left to wait for.
///
/// Linux's `sync_file_range(fd, offset, count, SYNC_FILE_RANGE_WRITE)` queues the dirty pages of
/// the range for writing and returns; it promises nothing about durability (the `fsync` that
/// follows does). Glibc declares it only under `_GNU_SOURCE`, which Swift's Glibc module does
/// not set, so it is looked up once by name. Elsewhere, and if the lookup fails, this does
/// nothing and the final `fsync` writes everything, as before.
enum Writeback {
    /// `sync_file_range`'s C signature.
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    /// The function, or `nil` where there is none.
    private static let syncFileRange: SyncFileRange? = {
        #if os(Linux)
            // RTLD_DEFAULT is the null handle on glibc and musl.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
            return unsafeBitCast(symbol, to: SyncFileRange.self)
        #else
            return nil
        #endif
    }()

    /// Whether early writeback is available here.
    static var isAvailable: Bool { syncFileRange != nil }

    /// Asks the kernel to start writing `byteCount` bytes of `descriptor` from `offset` (bytes).
    /// Returns whether it was asked; failures are ignored (the final `fsync` reports real errors).
    @discardableResult
    static func start(_ descriptor: Int32, from offset: Int64, byteCount: Int64) -> Bool {
        guard let syncFileRange else { return false }
        // SYNC_FILE_RANGE_WRITE = 2 (linux/fs.h).
        return syncFileRange(descriptor, offset, byteCount, 2) == 0
    }
}
