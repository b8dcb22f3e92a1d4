import Orbits

/// The message's values as (keyword, text, unit) triples block by block, in the standard's
/// order: what both writers print, so KVN and XML always carry the same content.
extension CDM {
    /// One written keyword.
    struct Field {
        let keyword: String
        let value: String
        let unit: String?
    }

    static func format(_ instant: Instant) -> String {
        // Microseconds, trailing zeros trimmed to milliseconds at least (as JSpOC writes).
        var text = instant.iso8601(fractionDigits: 6)
        while text.hasSuffix("0"), let dot = text.lastIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 4 {
            text.removeLast()
        }
        return text
    }

    static func format(_ number: Double) -> String { "\(number)" }

    private static func fields(
        _ entries: [CDMKeywords.Entry], numbers: [String: Double], dates: [String: Instant],
        texts: [String: String]
    ) -> [Field] {
        var out: [Field] = []
        for e in entries {
            switch e.kind {
            case .date: if let d = dates[e.name] { out.append(Field(keyword: e.name, value: format(d), unit: nil)) }
            case .text: if let t = texts[e.name] { out.append(Field(keyword: e.name, value: t, unit: nil)) }
            case .real:
                if let n = numbers[e.name] { out.append(Field(keyword: e.name, value: format(n), unit: e.unit)) }
            case .integer:
                if let n = numbers[e.name] { out.append(Field(keyword: e.name, value: String(Int(n)), unit: e.unit)) }
            }
        }
        return out
    }

    var headerFields: [Field] {
        var texts = ["ORIGINATOR": header.originator, "MESSAGE_ID": header.messageID]
        texts["MESSAGE_FOR"] = header.messageFor
        return Self.fields(
            CDMKeywords.header, numbers: [:], dates: ["CREATION_DATE": header.creationDate], texts: texts)
    }

    var relativeFields: [Field] {
        let r = relative
        var numbers: [String: Double] = ["MISS_DISTANCE": r.missDistance]
        numbers["RELATIVE_SPEED"] = r.relativeSpeed
        for (i, axis) in ["R", "T", "N"].enumerated() {
            numbers["RELATIVE_POSITION_" + axis] = r.relativePosition?[i]
            numbers["RELATIVE_VELOCITY_" + axis] = r.relativeVelocity?[i]
            numbers["SCREEN_VOLUME_" + ["X", "Y", "Z"][i]] = r.screenVolume?[i]
        }
        numbers["COLLISION_PROBABILITY"] = r.collisionProbability
        var dates: [String: Instant] = ["TCA": r.tca]
        dates["START_SCREEN_PERIOD"] = r.startScreenPeriod
        dates["STOP_SCREEN_PERIOD"] = r.stopScreenPeriod
        dates["SCREEN_ENTRY_TIME"] = r.screenEntryTime
        dates["SCREEN_EXIT_TIME"] = r.screenExitTime
        var texts: [String: String] = [:]
        texts["SCREEN_VOLUME_FRAME"] = r.screenVolumeFrame
        texts["SCREEN_VOLUME_SHAPE"] = r.screenVolumeShape
        texts["COLLISION_PROBABILITY_METHOD"] = r.collisionProbabilityMethod
        return Self.fields(CDMKeywords.relative, numbers: numbers, dates: dates, texts: texts)
    }

    static func metadataFields(_ m: CDMMetadata) -> [Field] {
        CDMMetadata.keywords.compactMap { k in m.value(k.name).map { Field(keyword: k.name, value: $0, unit: nil) } }
    }

    static func parameterFields(_ entries: [CDMKeywords.Entry], _ block: CDMParameterBlock?) -> [Field] {
        guard let block else { return [] }
        return fields(entries, numbers: block.numbers, dates: block.dates, texts: [:])
    }

    static func stateFields(_ o: CDMObject) -> [Field] {
        let values = [o.position.x, o.position.y, o.position.z, o.velocity.x, o.velocity.y, o.velocity.z]
        return zip(CDMKeywords.state, values).map { Field(keyword: $0.name, value: format($1), unit: $0.unit) }
    }

    static func covarianceFields(_ c: CDMCovariance) -> [Field] {
        c.values.enumerated().map {
            Field(keyword: CDMCovariance.keywords[$0], value: format($1), unit: CDMCovariance.unit($0))
        }
    }
}
