/// The keyword tables of CDM 1.0 (508.0-B-1 §3) outside the metadata and covariance: each
/// keyword's block, value type and unit, in the standard's order. Shared by the KVN and XML
/// readers and writers so all four agree.
enum CDMKeywords {
    /// The type of a keyword's value.
    enum Kind: Sendable, Hashable {
        case text, date, real, integer
    }

    /// A keyword of a fixed block.
    struct Entry: Sendable, Hashable {
        let name: String
        let kind: Kind
        let unit: String?
        let mandatory: Bool
    }

    static let header: [Entry] = [
        Entry(name: "CREATION_DATE", kind: .date, unit: nil, mandatory: true),
        Entry(name: "ORIGINATOR", kind: .text, unit: nil, mandatory: true),
        Entry(name: "MESSAGE_FOR", kind: .text, unit: nil, mandatory: false),
        Entry(name: "MESSAGE_ID", kind: .text, unit: nil, mandatory: true),
    ]

    /// The relative block; the six `RELATIVE_*` keywords form the XML `relativeStateVector`.
    static let relative: [Entry] = [
        Entry(name: "TCA", kind: .date, unit: nil, mandatory: true),
        Entry(name: "MISS_DISTANCE", kind: .real, unit: "m", mandatory: true),
        Entry(name: "RELATIVE_SPEED", kind: .real, unit: "m/s", mandatory: false),
        Entry(name: "RELATIVE_POSITION_R", kind: .real, unit: "m", mandatory: false),
        Entry(name: "RELATIVE_POSITION_T", kind: .real, unit: "m", mandatory: false),
        Entry(name: "RELATIVE_POSITION_N", kind: .real, unit: "m", mandatory: false),
        Entry(name: "RELATIVE_VELOCITY_R", kind: .real, unit: "m/s", mandatory: false),
        Entry(name: "RELATIVE_VELOCITY_T", kind: .real, unit: "m/s", mandatory: false),
        Entry(name: "RELATIVE_VELOCITY_N", kind: .real, unit: "m/s", mandatory: false),
        Entry(name: "START_SCREEN_PERIOD", kind: .date, unit: nil, mandatory: false),
        Entry(name: "STOP_SCREEN_PERIOD", kind: .date, unit: nil, mandatory: false),
        Entry(name: "SCREEN_VOLUME_FRAME", kind: .text, unit: nil, mandatory: false),
        Entry(name: "SCREEN_VOLUME_SHAPE", kind: .text, unit: nil, mandatory: false),
        Entry(name: "SCREEN_VOLUME_X", kind: .real, unit: "m", mandatory: false),
        Entry(name: "SCREEN_VOLUME_Y", kind: .real, unit: "m", mandatory: false),
        Entry(name: "SCREEN_VOLUME_Z", kind: .real, unit: "m", mandatory: false),
        Entry(name: "SCREEN_ENTRY_TIME", kind: .date, unit: nil, mandatory: false),
        Entry(name: "SCREEN_EXIT_TIME", kind: .date, unit: nil, mandatory: false),
        Entry(name: "COLLISION_PROBABILITY", kind: .real, unit: nil, mandatory: false),
        Entry(name: "COLLISION_PROBABILITY_METHOD", kind: .text, unit: nil, mandatory: false),
    ]

    static let od: [Entry] = [
        Entry(name: "TIME_LASTOB_START", kind: .date, unit: nil, mandatory: false),
        Entry(name: "TIME_LASTOB_END", kind: .date, unit: nil, mandatory: false),
        Entry(name: "RECOMMENDED_OD_SPAN", kind: .real, unit: "d", mandatory: false),
        Entry(name: "ACTUAL_OD_SPAN", kind: .real, unit: "d", mandatory: false),
        Entry(name: "OBS_AVAILABLE", kind: .integer, unit: nil, mandatory: false),
        Entry(name: "OBS_USED", kind: .integer, unit: nil, mandatory: false),
        Entry(name: "TRACKS_AVAILABLE", kind: .integer, unit: nil, mandatory: false),
        Entry(name: "TRACKS_USED", kind: .integer, unit: nil, mandatory: false),
        Entry(name: "RESIDUALS_ACCEPTED", kind: .real, unit: "%", mandatory: false),
        Entry(name: "WEIGHTED_RMS", kind: .real, unit: nil, mandatory: false),
    ]

    static let additional: [Entry] = [
        Entry(name: "AREA_PC", kind: .real, unit: "m**2", mandatory: false),
        Entry(name: "AREA_DRG", kind: .real, unit: "m**2", mandatory: false),
        Entry(name: "AREA_SRP", kind: .real, unit: "m**2", mandatory: false),
        Entry(name: "MASS", kind: .real, unit: "kg", mandatory: false),
        Entry(name: "CD_AREA_OVER_MASS", kind: .real, unit: "m**2/kg", mandatory: false),
        Entry(name: "CR_AREA_OVER_MASS", kind: .real, unit: "m**2/kg", mandatory: false),
        Entry(name: "THRUST_ACCELERATION", kind: .real, unit: "m/s**2", mandatory: false),
        Entry(name: "SEDR", kind: .real, unit: "W/kg", mandatory: false),
    ]

    static let state: [Entry] = [
        Entry(name: "X", kind: .real, unit: "km", mandatory: true),
        Entry(name: "Y", kind: .real, unit: "km", mandatory: true),
        Entry(name: "Z", kind: .real, unit: "km", mandatory: true),
        Entry(name: "X_DOT", kind: .real, unit: "km/s", mandatory: true),
        Entry(name: "Y_DOT", kind: .real, unit: "km/s", mandatory: true),
        Entry(name: "Z_DOT", kind: .real, unit: "km/s", mandatory: true),
    ]

    /// Where a keyword belongs.
    enum Block: Sendable, Hashable {
        case header, relative, metadata, od, additional, state, covariance
    }

    /// Every CDM 1.0 keyword (except `CCSDS_CDM_VERS` and `COMMENT`) and its block and entry.
    static let all: [String: (block: Block, entry: Entry)] = {
        var map: [String: (Block, Entry)] = [:]
        for e in header { map[e.name] = (.header, e) }
        for e in relative { map[e.name] = (.relative, e) }
        for e in od { map[e.name] = (.od, e) }
        for e in additional { map[e.name] = (.additional, e) }
        for e in state { map[e.name] = (.state, e) }
        for m in CDMMetadata.keywords {
            map[m.name] = (.metadata, Entry(name: m.name, kind: .text, unit: nil, mandatory: m.mandatory))
        }
        for (k, name) in CDMCovariance.keywords.enumerated() {
            map[name] = (.covariance, Entry(name: name, kind: .real, unit: CDMCovariance.unit(k), mandatory: k < 21))
        }
        return map
    }()
}
