import Dispatch
import Foundation

/// Prints a progress line to standard error when `CONCORD_SCHEDULER_TRACE` is set.
func trace(_ message: @autoclosure () -> String, _ started: UInt64) {
    guard getenv("CONCORD_SCHEDULER_TRACE") != nil else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    FileHandle.standardError.write(Data("[\(String(format: "%.3f", seconds)) s] \(message())\n".utf8))
}
