import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import Console

/// Every page for signed-in users of different partners and roles, in every language.
@Suite("Console pages")
struct PageTests {
    @Test(
        "Each page is 200 with its title, navigation, language switch and CSRF field",
        arguments: ["secretariat", "nasa-viewer", "ksat-operator"])
    func pagesRender(user: String) async throws {
        try await ConsoleTestServer.run { client, _ in
            let session = try await client.signIn(user, language: "en")
            let titles = [
                "/console/overview": "Overview", "/console/map": "Map", "/console/schedule": "Network schedule",
                "/console/registry": "Registry", "/console/conjunctions": "Conjunctions",
                "/console/data": "Data products",
            ]
            for (path, title) in titles {
                let reply = try await client.page(path, session: session, language: "en")
                #expect(reply.status == .ok, "\(path): \(reply)")
                #expect(reply.body.contains("<h1>\(title)</h1>"), "\(path)")
                #expect(reply.body.contains("<a href=\"\(path)\" aria-current=\"page\">"), "\(path)")
                #expect(reply.body.contains("name=\"_csrf\""))
                #expect(reply.headers[.contentType] == "text/html; charset=utf-8")
                #expect(
                    reply.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("script-src 'self'") == true)
                #expect(reply.headers[HTTPField.Name("Server-Timing")!]?.hasPrefix("render;dur=") == true)
                #expect(!reply.body.contains("{{"), "an unrendered tag in \(path)")
            }
        }
    }

    @Test("The overview lists the demo's agreements in force for the viewer and the week's entitlements")
    func overviewContent() async throws {
        try await ConsoleTestServer.run { client, _ in
            let session = try await client.signIn("ksat-viewer", language: "en")
            let body = try await client.page("/console/overview", session: session).body
            // KSAT is a party of the ground-network MOU and the KSAT–Planet services agreement only.
            #expect(body.contains("ground-network-mou") && body.contains("ksat-planet-services"))
            #expect(!body.contains("agreement-iss-iga"))
            // Entitlements from the clauses: KSAT 20 % of the ground network, Planet 100 % of KSAT's service.
            #expect(body.contains("<td class=\"num\">20.0 %</td>") && body.contains("<td class=\"num\">100.0 %</td>"))
            #expect(body.contains("Week of 16 Mar 2026 to 22 Mar 2026"))
        }
    }

    @Test(
        "The schedule page lists the passes of the viewer's spacecraft with AOS, LOS and maximum elevation, and a sky plot"
    )
    func schedulePasses() async throws {
        try await ConsoleTestServer.run { client, _ in
            let session = try await client.signIn("esa-operator", language: "en")
            let reply = try await client.page(
                "/console/schedule?day=2026-03-19&span=day&sc=sentinel-2c&pass=0", session: session)
            #expect(reply.status == .ok)
            let body = reply.body
            #expect(body.contains("<option value=\"sentinel-2c\" selected>"))
            // A sun-synchronous LEO over ESA's and the pooled stations: several passes a day.
            let rows = body.components(separatedBy: "<td class=\"num\">").count - 1
            #expect(rows > 12, "expected pass rows, got \(rows) numeric cells")
            #expect(body.contains("Sky plot of Copernicus Sentinel-2C over"))
            #expect(body.contains("Culmination"))
        }
    }

    @Test(
        "Every language renders every page with its own texts and its locale's dates",
        arguments: ConsoleLanguage.allCases)
    func languages(language: ConsoleLanguage) async throws {
        try await ConsoleTestServer.run { client, server in
            let session = try await client.signIn("secretariat")
            let texts = server.console.messages.texts(for: language)
            for path in [
                "/console/overview", "/console/map", "/console/schedule", "/console/registry", "/console/conjunctions",
                "/console/data",
            ] {
                let reply = try await client.page(path, session: session, language: language.rawValue)
                #expect(reply.status == .ok, "\(language) \(path)")
                #expect(reply.body.contains("<html lang=\"\(language.rawValue)\">"))
                #expect(reply.body.contains(texts["nav_schedule"]!.htmlEscaped), "\(language) \(path)")
            }
            let overview = try await client.page("/console/overview", session: session, language: language.rawValue)
            let expectedDate = [
                ConsoleLanguage.en: "16 Mar 2026", .fr: "16 mars 2026", .es: "16 mar 2026", .de: "16.03.2026",
                .ja: "2026/03/16", .ru: "16 марта 2026",
            ][language]!
            #expect(overview.body.contains(expectedDate), "\(language): no \(expectedDate)")
        }
    }

    @Test("The language switch sets the cookie and the next sign-in of the user starts in that language")
    func languageSwitchIsRemembered() async throws {
        try await ConsoleTestServer.run { client, server in
            let session = try await client.signIn("esa-viewer", language: "en")
            let page = try await client.page("/console/registry", session: session)
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: page.body))
            let switched = try await client.post(
                "/console/language", form: ["lang": "de", "_csrf": csrf, "return": "/console/registry"],
                cookies: ["concord_session": session])
            #expect(switched.status == .seeOther && switched.headers[.location] == "/console/registry")
            #expect(switched.cookieValue("concord_lang") == "de")
            let rotated = try #require(switched.cookieValue("concord_session"))
            #expect(try await client.page("/console/overview", session: session).status == .seeOther)
            #expect(
                try await client.page("/console/registry", session: rotated, language: "de").body.contains(
                    "<h1>Register</h1>"))
            // A new browser (no language cookie) signing in as the same user gets German.
            let form = try await client.get("/console/sign-in")
            let pre = try #require(form.cookieValue("concord_signin"))
            let signIn = try await client.post(
                "/console/sign-in", form: ["token": server.secrets["esa-viewer"]!, "_csrf": pre],
                cookies: ["concord_signin": pre])
            #expect(signIn.cookieValue("concord_lang") == "de")
            // An open redirect is not followed.
            let csrf2 = ConsoleSessions.csrfToken(forSecret: rotated)
            let away = try await client.post(
                "/console/language", form: ["lang": "fr", "_csrf": csrf2, "return": "//evil.example/"],
                cookies: ["concord_session": rotated])
            #expect(away.headers[.location] == "/console/overview")
        }
    }

    @Test("The Accept-Language header picks the language when there is no cookie")
    func acceptLanguage() {
        #expect(ConsoleLanguage.preferred(byAcceptLanguage: "ja-JP,ja;q=0.9,en;q=0.8") == .ja)
        #expect(ConsoleLanguage.preferred(byAcceptLanguage: "it-IT, ru;q=0.5, fr;q=0.7") == .fr)
        #expect(ConsoleLanguage.preferred(byAcceptLanguage: "it, pt") == nil)
        #expect(ConsoleLanguage.preferred(byAcceptLanguage: "de;q=0, es") == .es)
    }
}

extension String {
    /// The text as Mustache escapes it in HTML.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// Numbers in each locale, with exactly the fraction digits asked for.
@Suite("Console number formats")
struct NumberFormatTests {
    @Test("Fraction digits and separators per locale")
    func numbers() {
        #expect(LocaleFormat(.en).number(9.6183, digits: 1) == "9.6")
        #expect(LocaleFormat(.en).number(25.8749, digits: 1) == "25.9")
        #expect(LocaleFormat(.en).number(1234.5, digits: 0) == "1,235")
        #expect(LocaleFormat(.de).number(1234.56, digits: 2) == "1.234,56")
        #expect(LocaleFormat(.fr).number(0.25, digits: 1) == "0,3")
        #expect(LocaleFormat(.ja).integer(12345) == "12,345")
    }
}
