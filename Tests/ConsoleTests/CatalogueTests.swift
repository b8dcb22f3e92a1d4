import Foundation
import Testing

@testable import Console

/// The message catalogues: every language translates every English key, and every key the
/// templates and the code use exists in English.
@Suite("Message catalogues")
struct CatalogueTests {
    static let resources = ConsoleTestServer.root.appendingPathComponent("Sources/Console/Resources")

    static func catalogue() throws -> MessageCatalogue {
        try MessageCatalogue(directory: resources.appendingPathComponent("Messages"))
    }

    @Test(
        "No language misses a key of the English catalogue, nor has one English lacks",
        arguments: ConsoleLanguage.allCases)
    func complete(language: ConsoleLanguage) throws {
        let catalogue = try Self.catalogue()
        #expect(catalogue.missingKeys(in: language) == [], "\(language) misses these keys")
        #expect(catalogue.unknownKeys(in: language) == [], "\(language) has keys English lacks")
        #expect(catalogue.texts(for: language).count >= 140)
    }

    @Test("A missing translation falls back to English, and placeholders are filled")
    func fallback() {
        let catalogue = MessageCatalogue(entries: [
            .en: ["hello": "Hello {name}", "bye": "Bye"], .fr: ["hello": "Bonjour {name}"],
        ])
        #expect(catalogue.format("hello", ["name": "Ada"], in: .fr) == "Bonjour Ada")
        #expect(catalogue.format("bye", in: .fr) == "Bye")
        #expect(catalogue.missingKeys(in: .fr) == ["bye"])
        #expect(catalogue.missingKeys(in: .ja) == ["bye", "hello"])
    }

    @Test("Every {{t.key}} of the templates and every literal key of the code is in English")
    func usedKeysExist() throws {
        let english = try Self.catalogue().texts(for: .en)
        var used: Set<String> = []
        let templates = Self.resources.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            used.formUnion(Self.matches(of: #"\{\{\s*t\.([a-z_]+)"#, in: text))
        }
        let sources = ConsoleTestServer.root.appendingPathComponent("Sources/Console")
        let enumerator = FileManager.default.enumerator(atPath: sources.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            used.formUnion(Self.matches(of: #"(?:text|format)\(\s*"([a-z_]+)""#, in: text))
            used.formUnion(Self.matches(of: #"\?\s*"([a-z]+_[a-z_]+)"\s*:"#, in: text))
        }
        #expect(used.count > 100, "found only \(used.count) keys; is the scan broken?")
        #expect(used.subtracting(english.keys).sorted() == [])
    }

    static func matches(of pattern: String, in text: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            regex.matches(in: text, range: range).compactMap { match in
                Range(match.range(at: 1), in: text).map { String(text[$0]) }
            })
    }
}
