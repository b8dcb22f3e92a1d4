import Foundation
import Testing

/// `concord import catalog FILE` end to end on a fresh SQLite file: the stored catalog is read
/// back with the `sqlite3` shell, and a bad file changes nothing.
@Suite("Import catalog command", .scratchFolder)
struct ImportCatalogCommandTests {
    /// The catalog subset of the conjunction tests (CelesTrak active set, 2026-03-19).
    static let subset = TestFiles.repositoryRoot.appendingPathComponent(
        "Tests/Fixtures/conjunctions/catalog_2026-03-19_subset.3le")
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs `sql` on the database file with the sqlite3 shell; its output, trimmed.
    static func query(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sqlite3))
        process.arguments = [database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The element set lines of the subset (name, line 1, line 2 per object).
    static func subsetLines() throws -> [String] {
        try String(contentsOf: subset, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test(
        "import catalog stores every object; a bad checksum or a repeated id names file and line, stores nothing",
        .enabled(if: ImportCatalogCommandTests.sqlite3 != nil, "no sqlite3 shell to read the database back"))
    func importCatalog() throws {
        let database = try PlatformCommandTests.freshDatabase()
        let lines = try Self.subsetLines()
        let objects = lines.filter { $0.hasPrefix("1 ") }.count
        let first = try ConcordCommand.run(["import", "catalog", Self.subset.path, "--database", database])
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("imported \(objects) catalog objects"), "\(first.standardOutput)")
        #expect(try Self.query(database, "SELECT COUNT(*) FROM catalog_objects") == "\(objects)")
        // The ISS's set as the file has it: number, name, verbatim text and epoch (day 078.12958500 of 2026).
        let iss = try Self.query(
            database, "SELECT norad_id, name, format, epoch FROM catalog_objects WHERE norad_id = 25544")
        #expect(iss == "25544|ISS (ZARYA)|tle|2026-03-19T03:06:36.144000Z")
        let text = try Self.query(database, "SELECT elements FROM catalog_objects WHERE norad_id = 25544")
        #expect(text.hasSuffix("2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798"))

        // Line 5 (line 1 of the second object) with its last digit (the checksum) changed.
        var broken = lines
        let last = broken[4].last!
        broken[4] = String(broken[4].dropLast()) + (last == "0" ? "1" : "0")
        let brokenPath = try TestFiles.write(broken.joined(separator: "\n"), named: "broken.3le")
        let refused = try ConcordCommand.run(["import", "catalog", brokenPath, "--database", database])
        #expect(refused.exitCode == 1)
        #expect(refused.standardError.contains("broken.3le"), "\(refused.standardError)")
        #expect(refused.standardError.contains("broken.3le:5:"), "\(refused.standardError)")
        #expect(try Self.query(database, "SELECT COUNT(*) FROM catalog_objects") == "\(objects)")

        // The first object given again at the end: refused, naming its second line 1.
        let repeated = lines.filter { !$0.isEmpty } + Array(lines.prefix(3))
        let repeatedPath = try TestFiles.write(repeated.joined(separator: "\n") + "\n", named: "repeated.3le")
        let again = try ConcordCommand.run(["import", "catalog", repeatedPath, "--database", database])
        #expect(again.exitCode == 1)
        #expect(again.standardError.contains("line \(objects * 3 + 2)"), "\(again.standardError)")
        #expect(again.standardError.contains("appears again"), "\(again.standardError)")
        #expect(try Self.query(database, "SELECT COUNT(*) FROM catalog_objects") == "\(objects)")

        // A smaller catalog replaces the whole of the first.
        let small = try TestFiles.write(lines.prefix(6).joined(separator: "\n") + "\n", named: "small.3le")
        let replaced = try ConcordCommand.run(["import", "catalog", small, "--database", database])
        #expect(replaced.exitCode == 0, "\(replaced.standardError)")
        #expect(try Self.query(database, "SELECT COUNT(*) FROM catalog_objects") == "2")
    }
}
