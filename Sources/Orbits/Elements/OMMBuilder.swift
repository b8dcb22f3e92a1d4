/// Collects the keyword/value pairs of one OMM from any encoding, checks each value as it
/// arrives (type, unit, range) and assembles the ``OMM`` at the end (mandatory keys, theory).
///
/// Every reader (KVN, XML, JSON, CSV) feeds this one type, so all encodings accept and reject
/// the same things with the same errors.
struct OMMBuilder {
    /// Which keys a message must hold.
    enum Profile {
        /// KVN and XML: header and metadata are mandatory, as in the standard.
        case message
        /// JSON and CSV: header and metadata may be absent (CelesTrak omits them); the
        /// SGP4 defaults (EARTH, TEME, UTC, SGP4) apply.
        case flat
    }

    let profile: Profile
    let file: String?
    private(set) var record: Int?
    /// Line where the message starts (for errors about missing keys).
    private(set) var startLine: Int?

    // Indexed by `OMMKey.rawValue`; arrays (not dictionaries) so that `reset` reuses them from
    // one CSV row or JSON object to the next without allocating or hashing.
    private var seen: UInt64 = 0
    private var texts = [String?](repeating: nil, count: OMMKey.allCases.count)
    private var lines = [Int?](repeating: nil, count: OMMKey.allCases.count)
    private var reals = [Double](repeating: .nan, count: OMMKey.allCases.count)
    private var integers: (ephemeris: Int?, norad: Int?, set: Int?, rev: Int?) = (nil, nil, nil, nil)
    private var dates: (creation: Instant?, epoch: Instant?, frameEpoch: Instant?) = (nil, nil, nil)
    private var comments: (header: [String], metadata: [String], data: [String]) = ([], [], [])
    private var pendingComments: [String] = []
    private var userDefined: [OMMUserDefinedParameter] = []
    private var foreignKey: (key: OMMKey, line: Int?)?

    init(profile: Profile, file: String?, record: Int?, startLine: Int?) {
        self.profile = profile
        self.file = file
        self.record = record
        self.startLine = startLine
    }

    /// Forgets everything given so far, keeping storage, to collect the next message.
    mutating func reset(record: Int?, startLine: Int?) {
        self.record = record
        self.startLine = startLine
        seen = 0
        for i in texts.indices where texts[i] != nil { texts[i] = nil }
        for i in lines.indices where lines[i] != nil { lines[i] = nil }
        integers = (nil, nil, nil, nil)
        dates = (nil, nil, nil)
        if !(comments.header.isEmpty && comments.metadata.isEmpty && comments.data.isEmpty) { comments = ([], [], []) }
        pendingComments.removeAll()
        userDefined.removeAll()
        foreignKey = nil
    }

    func error(_ kind: OMMError.Kind, line: Int?, key: String? = nil, value: String? = nil) -> OMMError {
        OMMError(kind, file: file, line: line, record: record, key: key, value: value)
    }

    private func text(_ key: OMMKey) -> String? { texts[Int(key.rawValue)] }
    private func lineOf(_ key: OMMKey) -> Int? { lines[Int(key.rawValue)] }

    /// Whether `key` was given.
    func has(_ key: OMMKey) -> Bool { seen & (1 << UInt64(key.rawValue)) != 0 }

    /// Adds a `COMMENT`; it belongs to the section of the next keyword (or the data section at the end).
    mutating func addComment(_ text: String) { pendingComments.append(text) }

    /// Adds a `USER_DEFINED_<name>` parameter (or an extra JSON/CSV member).
    mutating func addUserDefined(name: String, value: String) {
        userDefined.append(OMMUserDefinedParameter(name: name, value: value))
    }

    /// Takes the value of `key` as written (trimmed), with the unit given beside it, if any.
    mutating func set(_ key: OMMKey, _ value: String, unit: String? = nil, line: Int?) throws(OMMError) {
        if key == .comment {
            addComment(value)
            return
        }
        flushComments(into: key)
        let bit: UInt64 = 1 << UInt64(key.rawValue)
        guard seen & bit == 0 else { throw error(.duplicateKey, line: line, key: key.keyword, value: value) }
        seen |= bit
        if let unit { try check(unit: unit, for: key, line: line) }
        switch key {
        case .semiMajorAxis, .bterm, .agom:
            if foreignKey == nil { foreignKey = (key, line) }
        default: break
        }
        switch key.valueKind {
        case .text:
            texts[Int(key.rawValue)] = value
            lines[Int(key.rawValue)] = line
        case .date:
            if key == .creationDate && value.isEmpty { return }  // CelesTrak's older exports leave it empty
            guard let instant = OMMEpoch.parse(value) else {
                throw error(
                    .invalidValue(expected: "date (YYYY-MM-DDThh:mm:ss or YYYY-DDDThh:mm:ss)"),
                    line: line, key: key.keyword, value: value)
            }
            switch key {
            case .creationDate: dates.creation = instant
            case .epoch: dates.epoch = instant
            default: dates.frameEpoch = instant
            }
        case .integer:
            guard let n = Int(value) else {
                throw error(.invalidValue(expected: "integer"), line: line, key: key.keyword, value: value)
            }
            let range: ClosedRange<Int>
            switch key {
            case .ephemerisType: range = 0...9
            case .noradCatalogID: range = 0...339_999
            case .elementSetNumber: range = 0...9_999
            default: range = 0...99_999
            }
            guard range.contains(n) else {
                throw error(
                    .outOfRange(allowed: "\(range.lowerBound) ... \(range.upperBound)"), line: line,
                    key: key.keyword, value: value)
            }
            switch key {
            case .ephemerisType: integers.ephemeris = n
            case .noradCatalogID: integers.norad = n
            case .elementSetNumber: integers.set = n
            default: integers.rev = n
            }
        case .real:
            guard let x = OMMNumber.parse(value) else {
                throw error(.invalidValue(expected: "number"), line: line, key: key.keyword, value: value)
            }
            if let allowed = Self.violatedRange(of: key, x) {
                throw error(.outOfRange(allowed: allowed), line: line, key: key.keyword, value: value)
            }
            reals[Int(key.rawValue)] = x
        }
    }

    /// The allowed range of `key` described in words when `x` lies outside it, else `nil`.
    private static func violatedRange(of key: OMMKey, _ x: Double) -> String? {
        switch key {
        case .meanMotion, .gm, .semiMajorAxis: x > 0 ? nil : "> 0"
        case .eccentricity: x >= 0 && x < 1 ? nil : "0 ..< 1"
        case .inclination: x >= 0 && x <= 180 ? nil : "0 ... 180"
        case .rightAscension, .argumentOfPericenter, .meanAnomaly: x >= 0 && x <= 360 ? nil : "0 ... 360"
        case .mass, .solarRadiationArea, .solarRadiationCoefficient, .dragArea, .dragCoefficient:
            x >= 0 ? nil : ">= 0"
        default: nil
        }
    }

    private func check(unit: String, for key: OMMKey, line: Int?) throws(OMMError) {
        let found = unit.filter { $0 != " " }
        if let expected = key.unit {
            if found.lowercased() != expected.lowercased() {
                throw error(.wrongUnit(found: unit, expected: expected), line: line, key: key.keyword)
            }
        } else if !(found.isEmpty || found.lowercased() == "n/a") {
            throw error(.wrongUnit(found: unit, expected: "none"), line: line, key: key.keyword)
        }
    }

    private mutating func flushComments(into key: OMMKey) {
        guard !pendingComments.isEmpty else { return }
        switch key {
        case .ccsdsOMMVersion, .classification, .creationDate, .originator, .messageID:
            comments.header += pendingComments
        case .objectName, .objectID, .centerName, .referenceFrame, .referenceFrameEpoch, .timeSystem,
            .meanElementTheory:
            comments.metadata += pendingComments
        default: comments.data += pendingComments
        }
        pendingComments.removeAll()
    }

    /// Checks the message as a whole and returns it.
    func build() throws(OMMError) -> OMM {
        if profile == .message {
            for key: OMMKey in [
                .ccsdsOMMVersion, .creationDate, .originator, .objectName, .objectID, .centerName,
                .referenceFrame, .timeSystem, .meanElementTheory,
            ] where !has(key) {
                throw error(.missingKey, line: startLine, key: key.keyword)
            }
        }
        let theory = text(.meanElementTheory) ?? "SGP4"
        guard Self.isSGP4(theory) else {
            throw error(
                .unsupportedTheory, line: lineOf(.meanElementTheory) ?? startLine,
                key: OMMKey.meanElementTheory.keyword, value: theory)
        }
        for (key, required) in [(OMMKey.centerName, "EARTH"), (.referenceFrame, "TEME"), (.timeSystem, "UTC")] {
            if let given = text(key), given.uppercased() != required {
                throw error(.unsupportedMetadata(expected: required), line: lineOf(key), key: key.keyword, value: given)
            }
        }
        if let foreignKey { throw error(.notSGP4Key, line: foreignKey.line, key: foreignKey.key.keyword) }
        for key: OMMKey in [
            .epoch, .meanMotion, .eccentricity, .inclination, .rightAscension, .argumentOfPericenter,
            .meanAnomaly, .noradCatalogID, .elementSetNumber, .revolutionAtEpoch, .bstar, .meanMotionDot,
            .meanMotionDDot,
        ] where !has(key) {
            throw error(.missingKey, line: startLine, key: key.keyword)
        }
        func real(_ key: OMMKey) -> Double { reals[Int(key.rawValue)] }
        var omm = OMM(
            epoch: dates.epoch!, meanMotion: real(.meanMotion), eccentricity: real(.eccentricity),
            inclination: real(.inclination), rightAscension: real(.rightAscension),
            argumentOfPericenter: real(.argumentOfPericenter), meanAnomaly: real(.meanAnomaly),
            noradCatalogID: integers.norad!)
        omm.version = text(.ccsdsOMMVersion) ?? omm.version
        omm.creationDate = dates.creation
        omm.originator = text(.originator) ?? ""
        omm.messageID = text(.messageID)
        omm.messageClassification = text(.classification)
        omm.headerComments = comments.header
        omm.objectName = text(.objectName) ?? ""
        omm.objectID = text(.objectID) ?? ""
        omm.centerName = text(.centerName) ?? omm.centerName
        omm.referenceFrame = text(.referenceFrame) ?? omm.referenceFrame
        omm.referenceFrameEpoch = dates.frameEpoch
        omm.timeSystem = text(.timeSystem) ?? omm.timeSystem
        omm.meanElementTheory = theory
        omm.metadataComments = comments.metadata
        omm.gm = has(.gm) ? real(.gm) : nil
        omm.ephemerisType = integers.ephemeris ?? 0
        if let text = text(.classificationType) {
            guard text.count == 1, let c = text.first, "UCS".contains(c) else {
                throw error(
                    .outOfRange(allowed: "U, C or S"), line: lineOf(.classificationType),
                    key: OMMKey.classificationType.keyword, value: text)
            }
            omm.classificationType = c
        }
        omm.elementSetNumber = integers.set!
        omm.revolutionAtEpoch = integers.rev!
        omm.bstar = real(.bstar)
        omm.meanMotionDot = real(.meanMotionDot)
        omm.meanMotionDDot = real(.meanMotionDDot)
        omm.spacecraft = try spacecraftParameters()
        omm.covariance = try covariance()
        omm.userDefined = userDefined
        omm.dataComments = comments.data + pendingComments
        return omm
    }

    /// `SGP4`, `SGP/SGP4` (Blue Book examples) or `TLE` (NDM/XML examples: "USAF SGP4 IS THE ONLY
    /// PROPAGATOR THAT SHOULD BE USED FOR THIS DATA"), in any case. `SGP4-XP` is another theory.
    static func isSGP4(_ theory: String) -> Bool {
        switch theory.uppercased() {
        case "SGP4", "SGP/SGP4", "TLE": true
        default: false
        }
    }

    private func spacecraftParameters() throws(OMMError) -> OMMSpacecraftParameters? {
        let keys: [OMMKey] = [.mass, .solarRadiationArea, .solarRadiationCoefficient, .dragArea, .dragCoefficient]
        let given = keys.filter(has)
        guard !given.isEmpty else { return nil }
        if let missing = keys.first(where: { !has($0) }) {
            throw error(.incompleteSpacecraftParameters, line: startLine, key: missing.keyword)
        }
        let v = keys.map { reals[Int($0.rawValue)] }
        return OMMSpacecraftParameters(
            mass: v[0], solarRadiationArea: v[1], solarRadiationCoefficient: v[2], dragArea: v[3],
            dragCoefficient: v[4])
    }

    private func covariance() throws(OMMError) -> OMMCovariance? {
        let given = OMMKey.covarianceKeys.filter(has)
        guard !given.isEmpty || has(.covarianceReferenceFrame) else { return nil }
        if let missing = OMMKey.covarianceKeys.first(where: { !has($0) }) {
            throw error(.incompleteCovariance, line: startLine, key: missing.keyword)
        }
        return OMMCovariance(
            referenceFrame: text(.covarianceReferenceFrame),
            lowerTriangle: OMMKey.covarianceKeys.map { reals[Int($0.rawValue)] })
    }
}
