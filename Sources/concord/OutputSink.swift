import Foundation

/// Buffered output to standard output or to a file (`--output`), written in large chunks so
/// that millions of CSV rows do not cost a system call each.
struct OutputSink {
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer: [UInt8] = []

    /// Standard output, or the file at `path` (created or truncated).
    init(path: String?) throws(CommandError) {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            closesHandle = false
            buffer.reserveCapacity(1 << 20)
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CommandError(.unreadableFile, file: path, "cannot create the output file") }
        self.handle = handle
        closesHandle = true
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends text.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Appends bytes formatted by `body`, then flushes when the buffer is large.
    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and closes the file if one was opened.
    mutating func close() {
        flush()
        if closesHandle { try? handle.close() }
    }
}
