import Foundation
import Orbits

extension CDMBuilder {
    /// The assembled message; throws when a mandatory keyword or an object is missing.
    mutating func build() throws(CDMError) -> CDM {
        // Trailing comments belong to the last block met.
        let trailing = pending
        pending = []
        let relativeEnd = firstObjectLine ?? lastLine
        try requireAll(CDMKeywords.header, in: header, line: relativeEnd)
        try requireAll(CDMKeywords.relative, in: relative, line: relativeEnd)
        guard objects.count == 2 else {
            throw CDMError(.missingKeyword, file: file, line: lastLine, keyword: "OBJECT", value: nil)
        }
        var built: [CDMObject] = []
        for (n, sections) in objects.enumerated() {
            built.append(try object(sections, expected: "OBJECT\(n + 1)", end: n == 0 ? objects[1].line : lastLine))
        }
        // Comments after the last keyword stay with the last block (OBJECT2's covariance).
        built[1].covarianceComments += trailing
        let head = CDMHeader(
            comments: header.comments, creationDate: header.dates["CREATION_DATE"]!,
            originator: header.texts["ORIGINATOR"]!, messageFor: header.texts["MESSAGE_FOR"],
            messageID: header.texts["MESSAGE_ID"]!)
        var rel = CDMRelativeData(tca: relative.dates["TCA"]!, missDistance: relative.numbers["MISS_DISTANCE"]!)
        rel.comments = relative.comments
        rel.relativeSpeed = relative.numbers["RELATIVE_SPEED"]
        rel.relativePosition = triple(relative, "RELATIVE_POSITION_R", "RELATIVE_POSITION_T", "RELATIVE_POSITION_N")
        rel.relativeVelocity = triple(relative, "RELATIVE_VELOCITY_R", "RELATIVE_VELOCITY_T", "RELATIVE_VELOCITY_N")
        rel.startScreenPeriod = relative.dates["START_SCREEN_PERIOD"]
        rel.stopScreenPeriod = relative.dates["STOP_SCREEN_PERIOD"]
        rel.screenVolumeFrame = relative.texts["SCREEN_VOLUME_FRAME"]
        rel.screenVolumeShape = relative.texts["SCREEN_VOLUME_SHAPE"]
        rel.screenVolume = triple(relative, "SCREEN_VOLUME_X", "SCREEN_VOLUME_Y", "SCREEN_VOLUME_Z")
        rel.screenEntryTime = relative.dates["SCREEN_ENTRY_TIME"]
        rel.screenExitTime = relative.dates["SCREEN_EXIT_TIME"]
        rel.collisionProbability = relative.numbers["COLLISION_PROBABILITY"]
        rel.collisionProbabilityMethod = relative.texts["COLLISION_PROBABILITY_METHOD"]
        rel.otherKeywords = relative.other
        if let p = rel.collisionProbability, !(0...1).contains(p) {
            throw CDMError(
                .invalidValue(expected: "probability 0 … 1"), file: file, line: relative.lines["COLLISION_PROBABILITY"],
                keyword: "COLLISION_PROBABILITY", value: String(p))
        }
        return CDM(version: version, header: head, relative: rel, object1: built[0], object2: built[1])
    }

    private func triple(_ s: Section, _ a: String, _ b: String, _ c: String) -> SIMD3<Double>? {
        guard let x = s.numbers[a], let y = s.numbers[b], let z = s.numbers[c] else { return nil }
        return SIMD3(x, y, z)
    }

    private func requireAll(_ entries: [CDMKeywords.Entry], in section: Section, line: Int) throws(CDMError) {
        for e in entries where e.mandatory && section.lines[e.name] == nil {
            throw CDMError(.missingKeyword, file: file, line: line, keyword: e.name)
        }
    }

    private func object(_ s: ObjectSections, expected: String, end: Int) throws(CDMError) -> CDMObject {
        for m in CDMMetadata.keywords where m.mandatory && s.metadata.lines[m.name] == nil {
            throw CDMError(.missingKeyword, file: file, line: end, keyword: m.name)
        }
        let name = s.metadata.texts["OBJECT"]!
        guard name.uppercased() == expected else {
            throw CDMError(.invalidValue(expected: expected), file: file, line: s.line, keyword: "OBJECT", value: name)
        }
        try requireAll(CDMKeywords.state, in: s.state, line: end)
        // Covariance: 21 mandatory entries, then whole optional rows in order.
        var values: [Double] = []
        for (k, keyword) in CDMCovariance.keywords.enumerated() {
            guard let v = s.covariance.numbers[keyword] else {
                if k < 21 { throw CDMError(.missingKeyword, file: file, line: end, keyword: keyword) }
                break
            }
            values.append(v)
        }
        let rowEnds = [21, 28, 36, 45]
        var kept: [CDMKeywordValue] = []
        if !rowEnds.contains(values.count) || s.covariance.numbers.count != values.count {
            let complete = rowEnds.last { $0 <= values.count } ?? 21
            guard !version.hasPrefix("1") else {
                throw CDMError(.incompleteCovariance, file: file, line: end, keyword: CDMCovariance.keywords[complete])
            }
            // CDM 2.0 allows partial optional rows: keep the complete ones, the rest as text.
            values = Array(values.prefix(complete))
            for (k, name) in CDMCovariance.keywords.enumerated() where k >= complete {
                if let v = s.covariance.numbers[name] {
                    kept.append(CDMKeywordValue(keyword: name, value: "\(v)", unit: CDMCovariance.unit(k)))
                }
            }
        }
        let n = s.state.numbers
        var object = CDMObject(
            metadata: CDMMetadata(values: s.metadata.texts, comments: s.metadata.comments),
            position: SIMD3(n["X"]!, n["Y"]!, n["Z"]!), velocity: SIMD3(n["X_DOT"]!, n["Y_DOT"]!, n["Z_DOT"]!),
            covariance: CDMCovariance(values: values))
        object.dataComments = s.data.comments
        object.stateComments = s.state.comments
        object.covarianceComments = s.covariance.comments
        // A block holding only comments (every value empty) does not survive writing: its
        // comments move to the next block, where a reader of the written message puts them.
        var od = s.od
        var additional = s.additional
        if !od.hasValues {
            additional.comments = od.comments + additional.comments
            od.comments = []
        }
        if !additional.hasValues {
            object.stateComments = additional.comments + object.stateComments
            additional.comments = []
        }
        object.odParameters = block(od)
        object.additionalParameters = block(additional)
        object.otherKeywords = s.other + kept
        return object
    }

    private func block(_ s: Section) -> CDMParameterBlock? {
        guard s.hasValues else { return nil }
        var b = CDMParameterBlock(comments: s.comments)
        b.numbers = s.numbers
        b.dates = s.dates
        return b
    }
}
