#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Asks the kernel to back a large, freshly allocated output buffer with transparent huge
/// pages before it is first written. An ephemeris of 1,000 satellites × 1,440 times is 69 MB:
/// with 4 KiB pages its first write costs ~17,000 page faults (a quarter of the propagation
/// time); with 2 MiB pages, ~35. Advisory only: ignored where unsupported or disabled.
@usableFromInline
func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
        let hugePage = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
    #endif
}
