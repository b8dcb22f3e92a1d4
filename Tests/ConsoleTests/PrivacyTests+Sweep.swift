import Consortium
import Foundation
import Hummingbird
import Orbits
import SpaceSafety
import Storage
import Testing

@testable import Console

/// Every console page, as a user of each demo partner, over a published schedule, two stored
/// screenings and stored data products: nothing of another partner's contacts (its contacts'
/// spacecraft, missions or requests: occupancy only), conjunction events or hidden products, and
/// none of its people's e-mail addresses, in the HTML or in any SVG title or text.
extension PrivacyTests {
    /// A user of each demo partner (its viewer when the demo has one).
    static func sweepUsers(_ server: ConsoleTestServer) -> [(partner: String, user: String)] {
        let users = server.snapshot.users
        return server.snapshot.partners.map(\.id.rawValue).sorted().compactMap { partner in
            let mine = users.filter { $0.partner.rawValue == partner && $0.role != .consortiumAdmin }
            guard let user = mine.first(where: { $0.role == .viewer }) ?? mine.first else { return nil }
            return (partner, user.id.rawValue)
        }
    }

    /// The texts of every `<title>` and `<text>` element of the SVGs in `html`.
    static func svgTexts(in html: String) -> [String] {
        var texts: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<svg"),
            let close = rest.range(of: "</svg>", range: open.upperBound..<rest.endIndex)
        {
            let svg = rest[open.lowerBound..<close.upperBound]
            for tag in ["title", "text", "desc"] {
                var part = svg
                while let start = part.range(of: "<\(tag)"),
                    let gt = part.range(of: ">", range: start.upperBound..<part.endIndex),
                    let end = part.range(of: "</\(tag)>", range: gt.upperBound..<part.endIndex)
                {
                    texts.append(String(part[gt.upperBound..<end.lowerBound]))
                    part = part[end.upperBound...]
                }
            }
            rest = rest[close.upperBound...]
        }
        return texts
    }

    /// The words of `text`: runs of letters, digits and hyphens (ids are made of those).
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
    }

    @Test("Every page as a user of each demo partner shows no other partner's contacts, events, products or people")
    func sweep() async throws {
        try await ConsoleTestServer.run { client, server in
            let contacts = try await client.publishDemoSchedule()
            let events = try await ConjunctionPageTests.screenTwice(server)
            try await Self.storeProducts(server)
            #expect(
                Set(contacts.compactMap { $0["partner"] as? String }).count > 1, "the schedule serves several partners")
            #expect(!events.isEmpty)
            let emails = Dictionary(
                uniqueKeysWithValues: server.snapshot.partners.map { ($0.id.rawValue, $0.contacts.map(\.email)) })
            let users = Self.sweepUsers(server)
            #expect(users.count == server.snapshot.partners.count, "a user for every demo partner")
            #expect(Set(users.map(\.partner)) == Self.everyone)

            for (partner, user) in users {
                let session = try await client.signIn(user, language: "en")
                let own = Set(
                    contacts.filter { $0["partner"] as? String == partner }.compactMap { $0["spacecraft"] as? String })
                let others = contacts.filter { $0["partner"] as? String != partner }
                // What a contact of another partner would give away: its request, and its spacecraft and
                // mission unless the viewer has a contact of the same spacecraft.
                let hiddenCraft = Set(others.compactMap { $0["spacecraft"] as? String }).subtracting(own)
                let hiddenRequests = Set(others.compactMap { $0["request"] as? String })
                let hiddenEvents = events.filter { !$0.partners.contains(Partner.ID(rawValue: partner)!) }
                let hiddenProducts = Self.shared.filter { !$0.before.contains(partner) }.map(\.product)
                let ownCraft = server.snapshot.spacecraft.first { $0.owner.rawValue == partner && $0.orbit != nil }

                var paths = [
                    "/console/overview", "/console/map", "/console/registry", "/console/data", "/console/conjunctions",
                    "/console/schedule?day=2026-03-19&span=day", "/console/schedule?day=2026-03-16&span=week",
                ]
                if let ownCraft {
                    paths.append("/console/schedule?day=2026-03-19&span=day&sc=\(ownCraft.id.rawValue)&pass=0")
                }
                for event in hiddenEvents.prefix(3) {
                    paths.append("/console/conjunctions?event=\(ConjunctionPageTests.encoded(event.id))")
                    let cdm = try await client.page(
                        "/console/conjunctions/\(ConjunctionPageTests.encoded(event.id))/cdm", session: session)
                    #expect(cdm.status == .notFound, "\(user) downloads the CDM of \(event.id)")
                }
                for path in paths {
                    let reply = try await client.page(path, session: session, language: "en")
                    #expect(reply.status == .ok, "\(user) \(path): \(reply)")
                    let html = reply.body
                    for (other, list) in emails where other != partner {
                        for email in list { #expect(!html.contains(email), "\(user) sees \(email) on \(path)") }
                    }
                    for request in hiddenRequests {
                        #expect(!html.contains(request), "\(user) sees \(request) on \(path)")
                    }
                    for event in hiddenEvents {
                        #expect(!html.contains(event.id), "\(user) sees \(event.id) on \(path)")
                    }
                    for product in hiddenProducts {
                        #expect(!html.contains(product.id.rawValue), "\(user) sees \(product.id) on \(path)")
                    }
                    guard path.hasPrefix("/console/schedule") else { continue }
                    // On the schedule: other partners' contacts as occupancy, in the table and in the charts.
                    let timeline = Self.timeline(in: html) ?? ""
                    let svgWords = Self.svgTexts(in: html).reduce(into: Set<String>()) { $0.formUnion(Self.words($1)) }
                    for craft in hiddenCraft {
                        #expect(!timeline.contains("<td>\(craft)</td>"), "\(user) sees \(craft)'s contact on \(path)")
                        #expect(!svgWords.contains(craft), "\(user) sees \(craft) in a chart on \(path)")
                    }
                    // The check reads the charts: the viewer's own contacts are named in them.
                    if path.contains("span=day") {
                        #expect(own.isSubset(of: svgWords), "\(user)'s own \(own) not in the chart on \(path)")
                        for craft in own { #expect(timeline.contains("<td>\(craft)</td>"), "\(user) \(craft) \(path)") }
                    }
                    // Parties of the schedule's agreement see the others' contacts as occupancy.
                    if Self.networkParties.contains(partner), !others.isEmpty, path.contains("span=day") {
                        #expect(timeline.contains("<td>occupied</td>"), "\(user) \(path)")
                    }
                }
            }
        }
    }
}
