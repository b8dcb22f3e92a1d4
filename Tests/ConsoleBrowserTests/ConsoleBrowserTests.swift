import Foundation
import Testing

/// The console as a person meets it: `concord serve` with the demo consortium, the sign-in link
/// it prints, every page in headless Chromium at desktop (1280×800) and phone (390×844) sizes,
/// each language, and a partner's viewer who must not see another partner's contacts.
///
/// Screenshots are kept in `out/console-screenshots` (ignored by git) to be looked at.
@Suite("Console in Chromium", .serialized, .enabled(if: Chromium.isAvailable, Chromium.missingMessage))
struct ConsoleBrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let screenshots = root.appendingPathComponent("out/console-screenshots")

    /// A fresh folder for one test's database and browser profiles.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "console-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        return folder
    }

    /// The English texts (read from the catalogue, so the test follows wording changes).
    static func texts(_ language: String) throws -> [String: String] {
        let file = root.appendingPathComponent("Sources/Console/Resources/Messages/\(language).json")
        return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
    }

    /// The pages, with a text each must show.
    static let pages: [(name: String, path: String, mustShow: [String])] = [
        (
            "overview", "/console/overview",
            ["<h1>Overview</h1>", "Memorandum of understanding on ground network cross-support"]
        ),
        ("map", "/console/map", ["<h1>Map</h1>", "Goldstone Deep Space Communications Complex", "name=\"sc\""]),
        ("schedule", "/console/schedule?span=week", ["<h1>Network schedule</h1>", "Timeline per antenna"]),
        ("schedule-sky", "/console/schedule?sc=sentinel-2c&pass=0", ["id=\"sky\"", "Culmination"]),
        ("conjunctions", "/console/conjunctions", ["<h1>Conjunctions</h1>"]),
        ("data", "/console/data", ["<h1>Data products</h1>"]),
        (
            "registry", "/console/registry",
            ["<h1>Registry</h1>", "International Space Station", "esa-estrack-ops@example.org"]
        ),
    ]

    @Test("The printed sign-in link opens the console; every page renders without console messages, at both sizes")
    func pagesAsAdministrator() async throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ConcordServer(folder: folder)
        defer { server.stop() }
        try await server.waitUntilReady()
        let link = try #require(server.printedLink, "no sign-in link printed: \(server.output)")
        let browser = Chromium(profile: folder.appendingPathComponent("profile-admin"))

        let first = try browser.dumpDOM(link)
        #expect(
            first.output.contains("<h1>Overview</h1>"),
            "the link should land on the overview: \(first.output.prefix(600))")
        #expect(first.output.contains("Consortium secretariat"))
        #expect(first.consoleMessages == [], "console: \(first.consoleMessages)")
        // The link is spent: a second use lands on the sign-in form.
        let again = try Chromium(profile: folder.appendingPathComponent("profile-other")).dumpDOM(link)
        #expect(again.output.contains("name=\"token\""))

        for page in Self.pages {
            let run = try browser.dumpDOM(server.base + page.path)
            for text in page.mustShow {
                #expect(run.output.contains(text), "\(page.name): no \(text)")
            }
            #expect(run.consoleMessages == [], "\(page.name) console: \(run.consoleMessages)")
            for (label, width, height) in [("desktop", 1280, 800), ("narrow", 390, 844), ("long", 1280, 3200)] {
                let file = Self.screenshots.appendingPathComponent("\(page.name)-\(label).png")
                try? FileManager.default.removeItem(at: file)
                let shot = try browser.screenshot(server.base + page.path, to: file, width: width, height: height)
                let data = try Data(contentsOf: file)
                #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(file.lastPathComponent) is not a PNG")
                let size = Self.pngSize(data)
                #expect(size?.0 == width && size?.1 == height, "\(file.lastPathComponent): \(String(describing: size))")
                #expect(shot.consoleMessages == [], "\(page.name) \(label): \(shot.consoleMessages)")
            }
        }
    }

    @Test("Each language: a user whose browser asks for it signs in and sees the console in it")
    func languages() async throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ConcordServer(folder: folder)
        defer { server.stop() }
        try await server.waitUntilReady()
        let users = [
            ("en", "nasa-admin"), ("fr", "cnes-admin"), ("es", "esa-operator"), ("de", "dlr-admin"),
            ("ja", "jaxa-admin"), ("ru", "roscosmos-admin"),
        ]
        for (language, user) in users {
            let texts = try Self.texts(language)
            var browser = Chromium(profile: folder.appendingPathComponent("profile-\(user)"))
            browser.acceptLanguage = language
            let landing = try browser.dumpDOM(try server.link(for: user))
            #expect(landing.output.contains("<html lang=\"\(language)\""), "\(language): \(landing.output.prefix(300))")
            #expect(landing.output.contains(texts["overview_network_use"]!), "\(language)")
            #expect(landing.consoleMessages == [], "\(language): \(landing.consoleMessages)")
            let schedule = try browser.dumpDOM(server.base + "/console/schedule")
            #expect(schedule.output.contains("<h1>\(texts["schedule_title"]!)</h1>"), "\(language)")
            for (label, width, height) in [("desktop", 1280, 800), ("narrow", 390, 844)] {
                let file = Self.screenshots.appendingPathComponent("overview-\(language)-\(label).png")
                _ = try browser.screenshot(server.base + "/console/overview", to: file, width: width, height: height)
                #expect(FileManager.default.fileExists(atPath: file.path))
            }
        }
    }

    @Test("A NASA viewer sees NASA's contacts and no other partner's, in any page")
    func viewerPrivacy() async throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ConcordServer(folder: folder)
        defer { server.stop() }
        try await server.waitUntilReady()
        let partners =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.root.appendingPathComponent("Demo/consortium/partners.json")))
            as? [[String: Any]] ?? []
        var emails: [String: [String]] = [:]
        for partner in partners {
            let contacts = partner["contacts"] as? [[String: Any]] ?? []
            emails[partner["id"] as? String ?? ""] = contacts.compactMap { $0["email"] as? String }
        }
        let browser = Chromium(profile: folder.appendingPathComponent("profile-nasa-viewer"))
        _ = try browser.dumpDOM(try server.link(for: "nasa-viewer"))
        for page in Self.pages {
            let dom = try browser.dumpDOM(server.base + page.path).output
            #expect(dom.contains("NASA viewer"), "\(page.name): not signed in")
            for (partner, list) in emails where partner != "nasa" {
                for email in list { #expect(!dom.contains(email), "\(page.name) shows \(email)") }
            }
        }
        let registry = try browser.dumpDOM(server.base + "/console/registry").output
        for email in emails["nasa"] ?? [] { #expect(registry.contains(email)) }
        let file = Self.screenshots.appendingPathComponent("registry-nasa-viewer-desktop.png")
        _ = try browser.screenshot(server.base + "/console/registry", to: file, width: 1280, height: 800)
    }

    /// The width and height in a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        guard data.count > 24 else { return nil }
        let bytes = [UInt8](data.prefix(24))
        func word(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }
}
