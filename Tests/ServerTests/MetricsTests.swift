import Foundation
import Testing

@testable import Server

@Suite("Metrics: Prometheus text for consortium administrators")
struct MetricsTests {
    /// The value of the sample line of `metric` whose labels include every one of `labels`.
    static func value(of metric: String, labels: [String], in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(metric + "{") {
            guard labels.allSatisfy({ line.contains($0) }), let value = line.split(separator: " ").last else {
                continue
            }
            return Double(value)
        }
        return nil
    }

    @Test("Requests are counted and timed by route template, method and status")
    func counts() async throws {
        try await TestServer.run { client, _ in
            for _ in 0..<3 { _ = try await client.get("/api/v1/partners", as: "nasa-viewer") }
            _ = try await client.get("/api/v1/partners/esa", as: "nasa-viewer")
            _ = try await client.get("/api/v1/partners/nobody", as: "nasa-viewer")
            _ = try await client.get("/api/v1/partners", as: nil)
            _ = try await client.get("/no/such/path/\(UUID())", as: nil)
            let reply = try await client.get("/metrics", as: "secretariat")
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = reply.text
            let list = [#"route="/api/v1/partners""#, #"method="GET""#]
            #expect(Self.value(of: "http_requests_total", labels: list + [#"status="200""#], in: text) == 3)
            #expect(Self.value(of: "http_requests_total", labels: list + [#"status="401""#], in: text) == 1)
            let item = [#"route="/api/v1/partners/{id}""#]
            #expect(Self.value(of: "http_requests_total", labels: item + [#"status="200""#], in: text) == 1)
            #expect(Self.value(of: "http_requests_total", labels: item + [#"status="404""#], in: text) == 1)
            // Unmatched paths share one label value, whatever the path was.
            #expect(
                Self.value(of: "http_requests_total", labels: [#"route="unmatched""#, #"status="404""#], in: text) == 1)
            #expect(!text.contains("/no/such/path"))
            #expect(
                Self.value(of: "http_request_duration_seconds_count", labels: list + [#"status="200""#], in: text) == 3)
            #expect(
                Self.value(
                    of: "http_request_duration_seconds_bucket", labels: list + [#"le="+Inf""#, #"status="200""#],
                    in: text) == 3)
        }
    }

    @Test("Only consortium administrators read the metrics")
    func access() async throws {
        try await TestServer.run { client, _ in
            try await client.get("/metrics", as: nil).expectProblem(401, "unauthenticated")
            for user in ["nasa-admin", "esa-operator", "orbitco-viewer"] {
                let reply = try await client.get("/metrics", as: user)
                reply.expectProblem(403, "forbidden")
                #expect((reply["detail"] ?? "").contains("consortium administrators"))
            }
        }
    }
}
