import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Console

/// A viewer of one partner never sees another partner's private details: contacts in the
/// registry, or which spacecraft uses an antenna when in the schedule.
@Suite("Console privacy")
struct PrivacyTests {
    @Test("The registry shows a partner's contacts to that partner and consortium administrators only")
    func contacts() async throws {
        try await ConsoleTestServer.run { client, server in
            let emails = Dictionary(
                uniqueKeysWithValues: server.snapshot.partners.map { ($0.id.rawValue, $0.contacts.map(\.email)) })
            #expect(emails["nasa"]?.isEmpty == false && emails["esa"]?.isEmpty == false)
            let viewer = try await client.signIn("nasa-viewer")
            for path in ["/console/registry", "/console/overview", "/console/map", "/console/schedule"] {
                let body = try await client.page(path, session: viewer).body
                for (partner, list) in emails where partner != "nasa" {
                    for email in list {
                        #expect(!body.contains(email), "nasa-viewer sees \(email) on \(path)")
                    }
                }
            }
            let registry = try await client.page("/console/registry", session: viewer).body
            for email in emails["nasa"]! { #expect(registry.contains(email)) }
            #expect(registry.contains("visible to this partner only"))

            let admin = try await client.signIn("secretariat")
            let all = try await client.page("/console/registry", session: admin).body
            for email in emails.values.flatMap({ $0 }) { #expect(all.contains(email)) }
        }
    }

    @Test("In a published schedule a partner sees its own contacts and only occupancy of the others'")
    func scheduleContacts() async throws {
        try await ConsoleTestServer.run { client, _ in
            // A schedule of the ground-network pool for the first three hours of the test day, run and
            // published through the API by the consortium administrator.
            let contacts = try await client.publishDemoSchedule()

            let byPartner = Dictionary(grouping: contacts) { $0["partner"] as? String ?? "" }
            let nasaCraft = Set((byPartner["nasa"] ?? []).compactMap { $0["spacecraft"] as? String })
            let otherCraft = Set(
                byPartner.filter { $0.key != "nasa" }.values.flatMap { $0 }.compactMap { $0["spacecraft"] as? String }
            )
            .subtracting(nasaCraft)
            #expect(contacts.count <= SchedulePage.maximumListedBars, "the table lists at most that many")
            #expect(
                !nasaCraft.isEmpty && !otherCraft.isEmpty, "the run should serve NASA and others: \(byPartner.keys)")

            let path = "/console/schedule?day=2026-03-19&span=day"
            let viewer = try await client.signIn("nasa-viewer", language: "en")
            let nasaPage = try await client.page(path, session: viewer, language: "en").body
            let nasaTimeline = try #require(Self.timeline(in: nasaPage))
            for craft in nasaCraft { #expect(nasaTimeline.contains("<td>\(craft)</td>")) }
            for craft in otherCraft {
                #expect(!nasaTimeline.contains("<td>\(craft)</td>"), "nasa-viewer sees \(craft)'s contact")
            }
            #expect(nasaTimeline.contains("<td>occupied</td>"))

            let admin = try await client.signIn("secretariat", language: "en")
            let adminTimeline = try #require(Self.timeline(in: try await client.page(path, session: admin).body))
            for craft in otherCraft.union(nasaCraft) {
                #expect(adminTimeline.contains("<td>\(craft)</td>"), "the administrator should see \(craft)")
            }
            #expect(!adminTimeline.contains("<td>occupied</td>"))
        }
    }

    /// The timeline table of a schedule page.
    static func timeline(in html: String) -> String? {
        guard let start = html.range(of: "<details"), let end = html.range(of: "</details>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
