import Foundation
import Orbits
import Scheduling
import Testing

/// The CCSDS service management schemas and examples in `../shared/data/ccsds` (provenance in
/// its PROVENANCE.md), and `xmllint` to validate against them.
enum ExchangeData {
    /// `../shared/data` beside the repository (or `CONCORD_SHARED_DATA`), found from this file.
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// The 902.x schemas and examples.
    static let folder = root.appendingPathComponent("ccsds/sccs_sm_902")
    /// The NDM/XML 2.0.0 schemas the 902.x common data entities include.
    static let ndmFolder = root.appendingPathComponent("ccsds/xsd/ndmxml-2.0.0")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("902x01w02-SSF.xsd").path)
    }

    static let missingMessage: Comment =
        "../shared/data/ccsds/sccs_sm_902 is absent beside the repository (set CONCORD_SHARED_DATA): skipped"

    /// The path of `xmllint`, when installed.
    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var canValidate: Bool { isAvailable && xmllint != nil }

    static let cannotValidateMessage: Comment =
        "xmllint (libxml2-utils) or ../shared/data/ccsds is absent: schema validation skipped"

    /// A file of the 902.x folder.
    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// Runs `xmllint --noout --schema <schema> <file>` with the NDM schemas on its path
    /// (the SSF and SMURF schemas include `ndmxml-2.0.0-master-2.0.xsd`); returns the exit
    /// status and what it printed.
    static func validate(_ file: URL, schema: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint!)
        process.arguments = ["--noout", "--path", ndmFolder.path, "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Writes `text` to a fresh temporary file and returns its URL.
    static func temporary(_ text: String, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concord-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}
