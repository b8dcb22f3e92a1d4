import Foundation
import Testing

/// `concord serve` driven by curl as a user would type it: an upload of more than 1 MiB, for which
/// curl sends `Expect: 100-continue`, gets `100 Continue` at once instead of curl's one-second
/// wait ("Done waiting for 100-continue"), and a refused one gets its answer without the content
/// being sent.
@Suite("concord serve with curl", .serialized, .enabled(if: Curl.isAvailable, "needs curl on the PATH"))
struct DataCurlTests {
    typealias RunningServer = ServeCommandTests.RunningServer

    @Test("curl -T of 3 MiB: 100 Continue at once, 201 with the hash; a bad token: 401 and the content never sent")
    func uploadWithCurl() async throws {
        let (database, token) = try DataCrashTests.demoDatabase()
        let server = try RunningServer(database: database)
        defer { server.kill(SIGKILL) }
        try await server.waitUntilReady()
        let content = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("concord-curl-\(UUID().uuidString)")
        try content.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let url = "http://127.0.0.1:\(server.port)/api/v1/products"
        let metadata = #"Concord-Metadata: {"mission":"hubble","agreement":"iss-iga","productType":"image"}"#
        let upload = try Curl.run([
            "-sS", "-v", "--max-time", "60", "-X", "POST", "-T", file.path, "-H", "Authorization: Bearer \(token)",
            "-H", metadata, url,
        ])
        #expect(upload.status == 0, "\(upload.error)")
        #expect(upload.error.contains("> Expect: 100-continue"), "\(upload.error)")
        #expect(upload.error.contains("< HTTP/1.1 100 Continue"), "\(upload.error)")
        #expect(!upload.error.contains("Done waiting for 100-continue"), "\(upload.error)")
        #expect(upload.error.contains("< HTTP/1.1 201"), "\(upload.error)")
        let product = try JSONSerialization.jsonObject(with: Data(upload.output.utf8)) as? [String: Any]
        #expect(product?["sha256"] as? String == DataCrashTests.sha256(content))
        #expect(product?["byteCount"] as? Int == 3 << 20)

        let refused = try Curl.run([
            "-sS", "-v", "--max-time", "60", "-X", "POST", "-T", file.path, "-H", "Authorization: Bearer concord_nope",
            "-H", metadata, url,
        ])
        #expect(refused.error.contains("> Expect: 100-continue"), "\(refused.error)")
        #expect(refused.error.contains("< HTTP/1.1 401"), "\(refused.error)")
        #expect(!refused.error.contains("100 Continue"), "\(refused.error)")
        #expect(!refused.error.contains("We are completely uploaded"), "\(refused.error)")
        #expect(refused.output.contains("urn:concord:problem:unauthenticated"), "\(refused.output)")
        let incoming = try FileManager.default.contentsOfDirectory(atPath: database + ".data/incoming")
        #expect(incoming.isEmpty, "\(incoming)")
    }
}
