import Foundation

/// A language of the console: the six languages of the ISS partners, each with its catalogue
/// (`Resources/Messages/<code>.json`) and the locale its dates and numbers are written in.
public enum ConsoleLanguage: String, CaseIterable, Sendable, Hashable {
    case en, fr, es, de, ja, ru

    /// The language every catalogue falls back to.
    public static let fallback = ConsoleLanguage.en

    /// The Foundation locale of dates and numbers (British English for day-month order and a
    /// 24-hour clock, as operations use).
    public var localeIdentifier: String {
        switch self {
        case .en: "en_GB"
        case .fr: "fr_FR"
        case .es: "es_ES"
        case .de: "de_DE"
        case .ja: "ja_JP"
        case .ru: "ru_RU"
        }
    }

    /// The language's name in itself, as language pickers show it.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        case .es: "Español"
        case .de: "Deutsch"
        case .ja: "日本語"
        case .ru: "Русский"
        }
    }

    /// The first supported language of an `Accept-Language` header, or `nil`.
    ///
    /// Quality values are honoured (highest first, ties in header order); `fr-CA` matches `fr`.
    public static func preferred(byAcceptLanguage header: String) -> ConsoleLanguage? {
        var candidates: [(language: ConsoleLanguage, quality: Double, order: Int)] = []
        for (order, item) in header.split(separator: ",").prefix(32).enumerated() {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingCharacters(in: .whitespaces).lowercased() else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = ConsoleLanguage(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)) { quality = value }
            }
            if quality > 0 { candidates.append((language, quality, order)) }
        }
        return candidates.sorted { ($0.quality, -$0.order) > ($1.quality, -$1.order) }.first?.language
    }
}
