import Consortium
import Foundation
import Hummingbird
import Orbits
import Screening
import SpaceSafety
import Storage
import Testing

@testable import Server

/// `/api/v1/screenings` and `/api/v1/conjunctions` over the demo consortium and a real catalog
/// subset of 2026-03-19 (`Tests/Fixtures/conjunctions`, reference values in its README): each
/// partner sees the events of its own spacecraft only, others' are 404, and the CDMs read back.
@Suite("Conjunction routes")
struct ConjunctionRouteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A server over the demo consortium with the catalog subset stored (none with `catalog: false`).
    static func server(catalog: Bool = true) async throws -> TestServer {
        let demo = try RegistrySnapshot(folder: root.appendingPathComponent("Demo/consortium"))
        let server = try await TestServer.make(snapshot: demo)
        if catalog {
            let text = try String(
                contentsOf: root.appendingPathComponent("Tests/Fixtures/conjunctions/catalog_2026-03-19_subset.3le"),
                encoding: .utf8)
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            let objects = try stride(from: 0, to: lines.count - 2, by: 3).map {
                try CatalogObject(
                    elements: Spacecraft.Orbit(format: .tle, text: lines[$0..<$0 + 3].joined(separator: "\n")))
            }
            try await server.repository.replaceCatalog(objects, at: .now)
        }
        return server
    }

    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let schema = root.deletingLastPathComponent()
        .appendingPathComponent("shared/data/ccsds/xsd/ndmxml-1.0/ndmxml-1.0-master.xsd")

    /// xmllint's verdict on `xml` against the NDM/XML 1.0 schema: (exit status, messages).
    static func validate(_ xml: String) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cdm-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllint))
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The NORAD ids of an event item, sorted.
    static func pair(_ item: [String: Any]) -> [Int] {
        [item["primary"], item["secondary"]].compactMap { ($0 as? [String: Any])?["noradID"] as? Int }.sorted()
    }

    @Test("A partner sees only its events, others' are 404, the administrator sees all; CDMs read back")
    func visibilityAndCDMs() async throws {
        try await Self.server().run { client in
            let run = try await client.send(
                .post, "/api/v1/screenings", as: "secretariat", json: #"{"from":"2026-03-19T00:00:00Z","spanHours":6}"#)
            #expect(run.status == .created, "\(run)")
            let runID = try #require(run["id"])
            #expect(run.headers[.location] == "/api/v1/screenings/\(runID)")
            #expect(run["status"] == "succeeded" && run["trigger"] == "request" && run["requestedBy"] == "secretariat")
            #expect(run.object["primaries"] as? Int == 58 && run.object["objects"] as? Int == 93)
            let found = try #require(run.object["conjunctions"] as? Int)
            #expect(found > 20 && run.object["opened"] as? Int == found)
            #expect(try await client.get("/api/v1/screenings/\(runID)", as: "secretariat")["status"] == "succeeded")
            try await client.get("/api/v1/screenings/\(runID)", as: "dlr-admin").expectProblem(403, "forbidden")
            try await client.send(.post, "/api/v1/screenings", as: "dlr-admin", json: "{}").expectProblem(
                403, "forbidden")

            let all = try await client.get("/api/v1/conjunctions?limit=500", as: "secretariat")
            #expect(all.items.count == found)
            func visible(to partner: String) -> Set<String> {
                Set(
                    all.items.filter { ($0["partners"] as? [String])?.contains(partner) == true }
                        .compactMap { $0["id"] as? String })
            }
            // DLR: its TerraSAR-X/TanDEM-X formation (co-moving, 62.9 m) and their pass by STARLINK-5951.
            let dlr = try await client.get("/api/v1/conjunctions?limit=500", as: "dlr-admin")
            #expect(Set(dlr.ids) == visible(to: "dlr") && dlr.ids.count == 3, "\(dlr.ids)")
            let formation = try #require(dlr.items.first { Self.pair($0) == [31698, 36605] })
            #expect(formation["flags"] as? [String] == ["comoving"])
            #expect(abs((formation["missDistanceKm"] as? Double ?? 0) - 0.0629055234) < 1e-3)
            #expect(formation["partners"] == nil)
            let starlink = try #require(dlr.items.first { Self.pair($0).contains(56918) })
            let stranger = try #require(
                [starlink["primary"], starlink["secondary"]].compactMap { $0 as? [String: Any] }
                    .first { $0["noradID"] as? Int == 56918 })
            #expect(stranger["name"] as? String == "STARLINK-5951" && stranger["spacecraft"] == nil)
            // NASA: Hubble's and the ISS's; never DLR's.
            let nasa = try await client.get("/api/v1/conjunctions?limit=500", as: "nasa-viewer")
            #expect(Set(nasa.ids) == visible(to: "nasa"))
            #expect(visible(to: "nasa").isDisjoint(with: visible(to: "dlr")))
            let close = try #require(nasa.items.first { Self.pair($0) == [20580, 58098] })
            let closeID = try #require(close["id"] as? String)
            let formationID = try #require(formation["id"] as? String)
            // Another partner's event is 404, exactly as an event that does not exist.
            for path in ["/api/v1/conjunctions/\(closeID)", "/api/v1/conjunctions/\(closeID)/cdm"] {
                try await client.get(path, as: "dlr-admin").expectProblem(404, "not-found")
                #expect(try await client.get(path, as: "secretariat").status == .ok)
            }
            try await client.get("/api/v1/conjunctions/\(formationID)", as: "nasa-viewer")
                .expectProblem(404, "not-found")
            try await client.get("/api/v1/conjunctions/no-such-event", as: "nasa-viewer")
                .expectProblem(404, "not-found")

            // The CDM: KVN by default, its miss distance the event's to 1 mm (and python-sgp4's to 1 m).
            let missKm = try #require(close["missDistanceKm"] as? Double)
            #expect(abs(missKm - 0.9491621885) < 1e-3)
            let kvn = try await client.get("/api/v1/conjunctions/\(closeID)/cdm", as: "nasa-viewer")
            #expect(kvn.status == .ok && kvn.headers[.contentType] == "text/plain; charset=utf-8", "\(kvn)")
            let read = try CDM.read(kvn.text).cdm
            #expect(abs(read.relative.missDistance - missKm * 1000) < 1e-3)
            #expect(read.header.messageFor == "NASA" && read.header.originator == "CONCORD")
            #expect(read.object1.metadata.objectDesignator == "20580")
            #expect(read.object2.metadata.objectDesignator == "58098")
            #expect(read.hardBodyRadius == 20)
            #expect(read.relative.collisionProbability == close["maximumPc"] as? Double)
            // XML with Accept or ?format=xml: the same message, valid against the NDM/XML 1.0 schema.
            let xml = try await client.send(
                .get, "/api/v1/conjunctions/\(closeID)/cdm", as: "nasa-viewer",
                headers: [.accept: "application/xml"])
            #expect(xml.status == .ok && xml.headers[.contentType] == "application/xml", "\(xml)")
            let fromXML = try CDM.read(xml.text).cdm
            #expect(abs(fromXML.relative.missDistance - missKm * 1000) < 1e-3)
            let query = try await client.get("/api/v1/conjunctions/\(closeID)/cdm?format=xml", as: "nasa-viewer")
            #expect(query.headers[.contentType] == "application/xml")
            if Self.xmllint != nil, FileManager.default.fileExists(atPath: Self.schema.path) {
                let (status, output) = try Self.validate(xml.text)
                #expect(status == 0, "\(output)")
            }
            try await client.get("/api/v1/conjunctions/\(closeID)/cdm?format=pdf", as: "nasa-viewer")
                .expectProblem(400, "invalid-query", field: "format")

            // Filters.
            let near = try await client.get("/api/v1/conjunctions?maxMissKm=1&limit=500", as: "secretariat")
            #expect(
                Set(near.ids)
                    == Set(
                        all.items.filter { ($0["missDistanceKm"] as? Double ?? 9) <= 1 }.compactMap {
                            $0["id"] as? String
                        }))
            let likely = try await client.get("/api/v1/conjunctions?minPc=0.001&limit=500", as: "nasa-viewer")
            #expect(
                likely.items.allSatisfy { ($0["maximumPc"] as? Double ?? 0) >= 0.001 } && !likely.ids.contains(closeID))
            try await client.get("/api/v1/conjunctions?minPc=2", as: "nasa-viewer")
                .expectProblem(400, "invalid-query", field: "minPc")

            // Polling: nothing after run 1; run 2 (03:00-09:00Z) adds to the events it sees again.
            #expect(try await client.get("/api/v1/conjunctions?since=\(runID)", as: "nasa-viewer").ids.isEmpty)
            let second = try await client.send(
                .post, "/api/v1/screenings", as: "secretariat", json: #"{"from":"2026-03-19T03:00:00Z","spanHours":6}"#)
            #expect(second.status == .created, "\(second)")
            let news = try await client.get("/api/v1/conjunctions?since=\(runID)&limit=500", as: "nasa-viewer")
            #expect(!news.ids.isEmpty && news.items.allSatisfy { $0["lastRun"] as? String == second["id"] })
            #expect(news.ids.contains(closeID))
            let detail = try await client.get("/api/v1/conjunctions/\(closeID)", as: "nasa-viewer")
            let history = try #require(detail.object["history"] as? [[String: Any]])
            #expect(history.map { $0["run"] as? String } == [runID, second["id"]])
            #expect(detail.object["observationCount"] as? Int == 2)
        }
    }

    @Test("One screening at a time (409); the options' limits are 422 naming the field")
    func oneAtATime() async throws {
        let server = try await Self.server(catalog: false)
        let running = ScreeningRunRecord(
            id: "scr-00000000000000aa", trigger: .schedule, requestedBy: nil,
            options: ScreeningRunOptions(start: try Instant(iso8601: "2026-03-19T00:00:00Z")), createdAt: .now)
        try await server.repository.startScreeningRun(running)
        let repository = server.repository
        try await server.run { client in
            let body = #"{"from":"2026-03-19T00:00:00Z","spanHours":1}"#
            try await client.send(.post, "/api/v1/screenings", as: "secretariat", json: body)
                .expectProblem(409, "conflict")
            #expect(try await client.get("/api/v1/screenings/\(running.id)", as: "secretariat")["status"] == "running")
            try await client.send(.post, "/api/v1/screenings", as: "secretariat", json: #"{"spanHours":169}"#)
                .expectProblem(422, "validation", field: "spanHours")
            try await client.send(.post, "/api/v1/screenings", as: "secretariat", json: #"{"thresholdKm":0}"#)
                .expectProblem(422, "validation", field: "thresholdKm")
            try await client.send(.post, "/api/v1/screenings", as: "secretariat", json: #"{"span":1}"#)
                .expectProblem(400, "unknown-field", field: "span")
            #expect(try await repository.abandonScreeningRuns(at: .now, reason: "test") == 1)
            // The fleet alone (no catalog): its own formation and the ISS are found.
            let run = try await client.send(.post, "/api/v1/screenings", as: "secretariat", json: body)
            #expect(run.status == .created && run.object["objects"] as? Int == 58, "\(run)")
            try await client.get("/api/v1/screenings/scr-0000000000000000", as: "secretariat")
                .expectProblem(404, "not-found")
        }
    }
}
