import Foundation

/// Reads input files for the commands: plain or gzip-compressed (`.gz`, through `gzip -dc`).
enum InputFile {
    /// The bytes of the file at `path`, gunzipped when the name ends in `.gz`.
    static func data(_ path: String) throws(CommandError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError(.unreadableFile, file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw CommandError(.unreadableFile, file: path, "is a directory") }
        if path.hasSuffix(".gz") { return try gunzip(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(.unreadableFile, file: path, "cannot be read (permissions?)")
        }
        return data
    }

    /// The file's text, decoded as UTF-8 (invalid bytes replaced).
    static func text(_ path: String) throws(CommandError) -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// Runs `gzip -dc path` and returns its output.
    private static func gunzip(_ path: String) throws(CommandError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec gzip -dc \"$0\"", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandError(.unreadableFile, file: path, "cannot run gzip to decompress it")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError(.unreadableFile, file: path, "not a valid gzip file")
        }
        return data
    }
}
