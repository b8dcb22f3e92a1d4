/// Reads one element set from its two line views (byte level; see `TLELineView`).
///
/// Checks, in this order, for each line: the line number in column 1, the length, the blank
/// separator columns, every field (layout then range), and the checksum; then that both
/// lines carry the same catalog number. The first problem is thrown as a `TLEError`.
struct TLEParser {
    /// File name put into errors.
    let file: String?
    /// Checksum verification and comment handling.
    let options: TLEParseOptions

    /// 0-based separator columns that must be blank on line 1 and line 2.
    static let separators1 = [1, 8, 17, 32, 43, 52, 61, 63]
    static let separators2 = [1, 7, 16, 25, 33, 42, 51]

    func error(_ kind: TLEError.Kind, _ field: TLEField, _ line: TLELineView, _ column: Int, _ width: Int) -> TLEError {
        TLEError(kind, field: field, text: line.text(column, width), file: file, line: line.number, column: column + 1)
    }

    /// Common checks of one line: line number, length, separators.
    func checkLayout(_ line: TLELineView, expected: UInt8, separators: [Int]) throws(TLEError) {
        guard line[0] == expected else { throw error(.wrongLineNumber, .lineNumber, line, 0, 1) }
        let minimum = options.verifiesChecksums ? 69 : 68
        guard line.length >= minimum else {
            throw TLEError(.lineTooShort, field: .layout, text: line.text, file: file, line: line.number, column: line.length + 1)
        }
        for column in separators where line[column] != TLEFieldReader.blank {
            throw error(.misplacedSeparator, .layout, line, column, 1)
        }
    }

    func checkChecksum(_ line: TLELineView) throws(TLEError) {
        guard options.verifiesChecksums else { return }
        guard let stated = TLEFieldReader.digit(line[68]) else { throw error(.invalidNumber, .checksum, line, 68, 1) }
        guard stated == line.computedChecksum else { throw error(.checksumMismatch, .checksum, line, 68, 1) }
    }

    /// A decimal field checked against `range`.
    func decimal(
        _ line: TLELineView, _ column: Int, _ width: Int, _ field: TLEField, _ range: ClosedRange<Double>
    ) throws(TLEError) -> Double {
        guard let value = TLEFieldReader.decimal(line.bytes, line.start + column, line.start + column + width) else {
            throw error(.invalidNumber, field, line, column, width)
        }
        guard range.contains(value) else { throw error(.outOfRange, field, line, column, width) }
        return value
    }

    func parse(name: String?, line1 l1: TLELineView, line2 l2: TLELineView) throws(TLEError) -> MeanElements {
        let b1 = l1.bytes
        let s1 = l1.start
        try checkLayout(l1, expected: UInt8(ascii: "1"), separators: TLEParser.separators1)
        guard let catalogNumber = TLEFieldReader.catalogNumber(b1, s1 + 2, s1 + 7) else {
            throw error(.invalidNumber, .catalogNumber, l1, 2, 5)
        }
        let classification: Character
        switch l1[7] {
        case UInt8(ascii: "U"), TLEFieldReader.blank: classification = "U"
        case UInt8(ascii: "C"): classification = "C"
        case UInt8(ascii: "S"): classification = "S"
        default: throw error(.invalidNumber, .classification, l1, 7, 1)
        }
        let designator = try internationalDesignator(l1)
        guard let epochFields = TLEFieldReader.epoch(b1, s1 + 18) else { throw error(.invalidNumber, .epoch, l1, 18, 14) }
        let year = Instant.tleFullYear(twoDigitYear: epochFields.year)
        guard epochFields.day >= 1, epochFields.day <= (CalendarDate.isLeapYear(year) ? 366 : 365),
            epochFields.digits <= 8
        else { throw error(.outOfRange, .epoch, l1, 18, 14) }
        let epoch = Instant(
            tleYear: epochFields.year, day: epochFields.day, fractionUnits: epochFields.units,
            fractionDigits: epochFields.digits)
        let ndot = try decimal(l1, 33, 10, .meanMotionDot, -1...1)
        guard let nddot = TLEFieldReader.impliedDecimal(b1, s1 + 44) else {
            throw error(.invalidNumber, .meanMotionDDot, l1, 44, 8)
        }
        guard let bstar = TLEFieldReader.impliedDecimal(b1, s1 + 53) else { throw error(.invalidNumber, .bstar, l1, 53, 8) }
        let ephemerisType: Int
        if l1[62] == TLEFieldReader.blank {
            ephemerisType = 0
        } else if let d = TLEFieldReader.digit(l1[62]) {
            ephemerisType = d
        } else {
            throw error(.invalidNumber, .ephemerisType, l1, 62, 1)
        }
        guard let elementSet = TLEFieldReader.integer(b1, s1 + 64, s1 + 68, blankIsZero: true) else {
            throw error(.invalidNumber, .elementSetNumber, l1, 64, 4)
        }
        try checkChecksum(l1)

        let b2 = l2.bytes
        let s2 = l2.start
        try checkLayout(l2, expected: UInt8(ascii: "2"), separators: TLEParser.separators2)
        guard let catalogNumber2 = TLEFieldReader.catalogNumber(b2, s2 + 2, s2 + 7) else {
            throw error(.invalidNumber, .catalogNumber, l2, 2, 5)
        }
        let inclination = try decimal(l2, 8, 8, .inclination, 0...180)
        let node = try decimal(l2, 17, 8, .rightAscension, 0...360)
        guard let eccentricity = TLEFieldReader.eccentricity(b2, s2 + 26) else {
            throw error(.invalidNumber, .eccentricity, l2, 26, 7)
        }
        let perigee = try decimal(l2, 34, 8, .argumentOfPerigee, 0...360)
        let anomaly = try decimal(l2, 43, 8, .meanAnomaly, 0...360)
        let meanMotion = try decimal(l2, 52, 11, .meanMotion, 0...100)
        guard meanMotion > 0 else { throw error(.outOfRange, .meanMotion, l2, 52, 11) }
        guard let revolution = TLEFieldReader.integer(b2, s2 + 63, s2 + 68, blankIsZero: true) else {
            throw error(.invalidNumber, .revolutionNumber, l2, 63, 5)
        }
        try checkChecksum(l2)
        guard catalogNumber2 == catalogNumber else { throw error(.catalogNumberMismatch, .catalogNumber, l2, 2, 5) }

        return MeanElements(
            name: name, catalogNumber: catalogNumber, classification: classification,
            internationalDesignator: designator, epoch: epoch, meanMotionDot: ndot, meanMotionDDot: nddot,
            bstar: bstar, ephemerisType: ephemerisType, elementSetNumber: elementSet, inclination: inclination,
            rightAscension: node, eccentricity: eccentricity, argumentOfPerigee: perigee, meanAnomaly: anomaly,
            meanMotion: meanMotion, revolutionNumber: revolution)
    }

    /// Columns 10–17: blank, or launch year and number (5 digits) and 0–3 piece letters,
    /// left-justified and blank-padded. Returned trimmed.
    func internationalDesignator(_ line: TLELineView) throws(TLEError) -> String {
        var end = 17
        while end > 9, line[end - 1] == TLEFieldReader.blank { end -= 1 }
        if end == 9 { return "" }
        var valid = end - 9 >= 5 && end - 9 <= 8
        if valid {
            for i in 9..<end {
                let byte = line[i]
                let ok = i < 14 ? TLEFieldReader.digit(byte) != nil : (byte >= 65 && byte <= 90)
                if !ok { valid = false }
            }
        }
        guard valid else { throw error(.invalidNumber, .internationalDesignator, line, 9, 8) }
        return line.text(9, end - 9)
    }
}
