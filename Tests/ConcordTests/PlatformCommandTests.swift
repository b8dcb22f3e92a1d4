import Foundation
import Testing

/// `concord import`, `concord admin` end to end on a fresh SQLite file, as an operator would.
@Suite("Platform commands", .scratchFolder)
struct PlatformCommandTests {
    /// A fresh database path in a folder of its own, inside the test's scratch folder (removed when
    /// the test ends) when the suite carries `.scratchFolder`.
    static func freshDatabase() throws -> String {
        let parent = ScratchFolder.current ?? FileManager.default.temporaryDirectory
        let folder = parent.appendingPathComponent("concord-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("concord.sqlite").path
    }

    static let demo = TestFiles.repositoryRoot.appendingPathComponent("Demo/consortium").path

    @Test("The demo imports once; a second import conflicts and changes nothing")
    func importSnapshot() throws {
        let database = try Self.freshDatabase()
        let first = try ConcordCommand.run(["import", "snapshot", Self.demo, "--database", database])
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(
            first.standardOutput.contains(
                "imported 14 partners, 7 agreements, 5 missions, 58 spacecraft, 23 stations, 23 users"))
        let second = try ConcordCommand.run(["import", "snapshot", Self.demo, "--database", database])
        #expect(second.exitCode == 1)
        #expect(second.standardError.contains("nothing imported"))
    }

    @Test("create-token prints a secret once; list-tokens shows its id, never the secret; revoke-token revokes")
    func tokens() throws {
        let database = try Self.freshDatabase()
        _ = try ConcordCommand.run(["import", "snapshot", Self.demo, "--database", database])
        let created = try ConcordCommand.run(["admin", "create-token", "--database", database, "--user", "esa-admin"])
        #expect(created.exitCode == 0, "\(created.standardError)")
        let secret = created.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("concord_") && secret.count == 8 + 43)
        let listed = try ConcordCommand.run(["admin", "list-tokens", "--database", database, "--user", "esa-admin"])
        #expect(listed.standardOutput.hasPrefix("tok-"))
        #expect(!listed.standardOutput.contains(secret))
        #expect(listed.standardOutput.contains("active"))
        let id = String(listed.standardOutput.prefix { $0 != "\t" })
        let revoked = try ConcordCommand.run([
            "admin", "revoke-token", "--database", database, "--user", "esa-admin", "--id", id,
        ])
        #expect(revoked.exitCode == 0, "\(revoked.standardError)")
        let after = try ConcordCommand.run(["admin", "list-tokens", "--database", database, "--user", "esa-admin"])
        #expect(after.standardOutput.contains("revoked"))
        let unknown = try ConcordCommand.run(["admin", "create-token", "--database", database, "--user", "nobody"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.standardError.contains("no user 'nobody'"))
    }

    @Test("import tle updates orbits by NORAD id; a broken checksum imports nothing and names the line")
    func importElements() throws {
        let database = try Self.freshDatabase()
        _ = try ConcordCommand.run(["import", "snapshot", Self.demo, "--database", database])
        // The demo's ISS and Hubble element sets, with one newer ISS set from the same catalog day.
        let good = """
            ISS (ZARYA)
            1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
            2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798
            """
        let file = try TestFiles.write(good, named: "iss.tle")
        let updated = try ConcordCommand.run(["import", "tle", file, "--database", database])
        #expect(updated.exitCode == 0, "\(updated.standardError)")
        #expect(updated.standardOutput.contains("1 orbits updated, 0 spacecraft created"))
        let broken = try TestFiles.write(
            good
                + "\n1 99999U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9990\n2 99999  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798\n",
            named: "broken.tle")
        let refused = try ConcordCommand.run(["import", "tle", broken, "--database", database, "--owner", "esa"])
        #expect(refused.exitCode == 1)
        #expect(refused.standardError.contains("broken.tle"))
        #expect(refused.standardError.contains(":4:"))
        #expect(refused.standardError.contains("checksum"))
        let unknown = try TestFiles.write(
            "1 99999U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9996\n2 99999  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557793\n",
            named: "new.tle")
        let refusedNew = try ConcordCommand.run(["import", "tle", unknown, "--database", database])
        #expect(refusedNew.exitCode == 1)
        #expect(refusedNew.standardError.contains("no registered spacecraft has NORAD id 99999"))
        let created = try ConcordCommand.run(["import", "tle", unknown, "--database", database, "--owner", "esa"])
        #expect(created.standardOutput.contains("0 orbits updated, 1 spacecraft created"), "\(created.standardError)")
    }

    @Test("import stations creates a partner's stations from a station file")
    func importStations() throws {
        let database = try Self.freshDatabase()
        _ = try ConcordCommand.run(["import", "snapshot", Self.demo, "--database", database])
        let stations = TestFiles.repositoryRoot.appendingPathComponent("Demo/stations.csv").path
        let result = try ConcordCommand.run(["import", "stations", stations, "--owner", "ksat", "--database", database])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("imported 8 stations"))
        let again = try ConcordCommand.run(["import", "stations", stations, "--owner", "ksat", "--database", database])
        #expect(again.standardOutput.contains("0 created, 8 updated"))
        let stolen = try ConcordCommand.run(["import", "stations", stations, "--owner", "esa", "--database", database])
        #expect(stolen.exitCode == 1)
        #expect(stolen.standardError.contains("belongs to 'ksat'"))
    }
}
