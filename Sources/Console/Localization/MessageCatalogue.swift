import Foundation

/// The console's user-facing strings, one JSON object per language (`key` → text), read once
/// at start. A key missing from a language falls back to English; `missingKeys(in:)` lists them
/// so that a test can report every gap.
///
/// Texts may hold placeholders in braces (`{count}`), filled by `format(_:_:in:)`.
public struct MessageCatalogue: Sendable {
    /// Each language's own entries (without fallback).
    let entries: [ConsoleLanguage: [String: String]]
    /// Each language's entries with English filled in for missing keys, ready for templates.
    let merged: [ConsoleLanguage: [String: String]]

    /// Creates a catalogue from each language's entries.
    public init(entries: [ConsoleLanguage: [String: String]]) {
        self.entries = entries
        let english = entries[.fallback] ?? [:]
        var merged: [ConsoleLanguage: [String: String]] = [:]
        for language in ConsoleLanguage.allCases {
            merged[language] = english.merging(entries[language] ?? [:]) { _, own in own }
        }
        self.merged = merged
    }

    /// Reads `<code>.json` for every language from `directory`.
    public init(directory: URL) throws(ConsoleError) {
        var entries: [ConsoleLanguage: [String: String]] = [:]
        for language in ConsoleLanguage.allCases {
            let file = directory.appendingPathComponent("\(language.rawValue).json")
            guard let data = try? Data(contentsOf: file) else {
                throw ConsoleError(.resourceMissing, field: file.lastPathComponent, detail: "no message catalogue")
            }
            guard let object = try? JSONDecoder().decode([String: String].self, from: data) else {
                throw ConsoleError(
                    .resourceInvalid, field: file.lastPathComponent, detail: "not a JSON object of strings")
            }
            entries[language] = object
        }
        self.init(entries: entries)
    }

    /// Every text of `language`, English where it has none.
    public func texts(for language: ConsoleLanguage) -> [String: String] {
        merged[language] ?? [:]
    }

    /// The text of `key` in `language` (English if missing there, the key itself if missing in
    /// English too), with `{name}` placeholders replaced from `values`.
    public func format(_ key: String, _ values: [String: String] = [:], in language: ConsoleLanguage) -> String {
        var text = merged[language]?[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// The English keys that `language` does not translate, sorted.
    public func missingKeys(in language: ConsoleLanguage) -> [String] {
        let own = entries[language] ?? [:]
        return (entries[.fallback] ?? [:]).keys.filter { own[$0] == nil }.sorted()
    }

    /// The keys of `language` that English does not have (typos or leftovers), sorted.
    public func unknownKeys(in language: ConsoleLanguage) -> [String] {
        let english = entries[.fallback] ?? [:]
        return (entries[language] ?? [:]).keys.filter { english[$0] == nil }.sorted()
    }
}
