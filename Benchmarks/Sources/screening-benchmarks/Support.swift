import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall and process CPU clocks, and peak memory.
enum Clock {
    static func wall() -> Double { read(CLOCK_MONOTONIC) }
    static func cpu() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }
    static func read(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Peak resident set size (VmHWM), MB.
    static func peakMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return -1 }
        return (Int(line.split(separator: " ")[1]) ?? 0) / 1024
    }
}

/// JSON string literals.
enum JSONText {
    static func quote(_ s: String?) -> String {
        guard let s else { return "null" }
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where ch.value < 0x20: out += String(format: "\\u%04x", ch.value)
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
