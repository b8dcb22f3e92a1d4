/// Formats `MeanElements` as the two 69-column TLE lines, exactly as python-sgp4 2.x
/// `export_tle` lays them out (and with correct mod-10 checksums).
///
/// Numbers are rounded half-to-even on their exact binary value, as Python's and C's
/// `printf`-style formatting do, so the text matches python-sgp4 digit for digit.
enum TLEWriter {
    static let blank = UInt8(ascii: " ")

    static func fail(_ field: TLEField, _ value: String) -> TLEError {
        TLEError(.notRepresentable, field: field, text: value)
    }

    /// `|value| × 10^decimals` rounded half-to-even on the exact product (fma residual check).
    static func scaledMagnitude(_ value: Double, decimals: Int) -> Double {
        let a = abs(value)
        let p = Instant.powerOfTen(decimals)
        let n = (a * p).rounded(.toNearestOrEven)
        let residual = (-n).addingProduct(a, p)  // exact a·p − n, rounded once
        if residual > 0.5 || (residual == 0.5 && n.truncatingRemainder(dividingBy: 2) != 0) { return n + 1 }
        if residual < -0.5 || (residual == -0.5 && n.truncatingRemainder(dividingBy: 2) != 0) { return n - 1 }
        return n
    }

    /// Appends `value` as `%{width}.{decimals}f` (right-justified, `-` for negatives).
    static func appendFixed(
        _ out: inout [UInt8], _ value: Double, width: Int, decimals: Int, field: TLEField
    ) throws(TLEError) {
        guard value.isFinite else { throw fail(field, "\(value)") }
        let scaled = scaledMagnitude(value, decimals: decimals)
        guard scaled < 1e17 else { throw fail(field, "\(value)") }
        var digits = Array(String(UInt64(scaled)).utf8)
        while digits.count <= decimals { digits.insert(48, at: 0) }
        digits.insert(UInt8(ascii: "."), at: digits.count - decimals)
        if value.sign == .minus { digits.insert(UInt8(ascii: "-"), at: 0) }
        guard digits.count <= width else { throw fail(field, "\(value)") }
        out.append(contentsOf: repeatElement(blank, count: width - digits.count))
        out.append(contentsOf: digits)
    }

    /// Appends an unsigned integer right-justified in `width` columns (`pad` before it).
    static func appendInteger(_ out: inout [UInt8], _ value: Int, width: Int, pad: UInt8, field: TLEField) throws(TLEError) {
        let digits = Array(String(value).utf8)
        guard value >= 0, digits.count <= width else { throw fail(field, "\(value)") }
        out.append(contentsOf: repeatElement(pad, count: width - digits.count))
        out.append(contentsOf: digits)
    }

    /// Appends an implied-decimal field `±ddddd±e` (8 columns) for `value`, formatted as
    /// python-sgp4's `_abbreviate_rate(value * 10, zeroExponent)`: 5 significant digits, a
    /// blank for `+`, and `zeroExponent` (`-0` for n̈/6, `+0` for B*) when the exponent is 0.
    static func appendImplied(_ out: inout [UInt8], _ value: Double, zeroExponent: UInt8, field: TLEField) throws(TLEError) {
        let v = value * 10.0
        guard v.isFinite else { throw fail(field, "\(value)") }
        var mantissa = 0.0
        var exponent = 0
        if v != 0 {
            exponent = Int((Double(v.exponent) * 0.301_029_995_663_981_2).rounded(.down))  // ≈ log10|v|, fixed below
            for _ in 0..<4 {
                mantissa =
                    exponent <= 4
                    ? scaledMagnitude(v, decimals: 4 - exponent)
                    : (abs(v) / Instant.powerOfTen(exponent - 4)).rounded(.toNearestOrEven)
                if mantissa >= 100_000 {
                    exponent += 1
                } else if mantissa < 10_000 {
                    exponent -= 1
                } else {
                    break
                }
            }
        }
        guard (-9...9).contains(exponent) else { throw fail(field, "\(value)") }
        out.append(v.sign == .minus ? UInt8(ascii: "-") : blank)
        try appendInteger(&out, Int(mantissa), width: 5, pad: 48, field: field)
        out.append(exponent == 0 ? zeroExponent : (exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")))
        out.append(UInt8(48 + abs(exponent)))
    }

    /// Appends the mod-10 checksum of the 68 columns in `out`.
    static func appendChecksum(_ out: inout [UInt8]) {
        var sum = 0
        for byte in out {
            if byte &- 48 < 10 { sum += Int(byte - 48) } else if byte == UInt8(ascii: "-") { sum += 1 }
        }
        out.append(UInt8(48 + sum % 10))
    }

    static func catalogField(_ e: MeanElements) throws(TLEError) -> [UInt8] {
        guard let text = Alpha5.encode(e.catalogNumber) else { throw fail(.catalogNumber, "\(e.catalogNumber)") }
        return Array(text.utf8)
    }

    static func line1(_ e: MeanElements, style: TLEFormatStyle) throws(TLEError) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "1"), blank]
        out.reserveCapacity(69)
        out.append(contentsOf: try catalogField(e))
        guard e.classification == "U" || e.classification == "C" || e.classification == "S" else {
            throw fail(.classification, String(e.classification))
        }
        out.append(e.classification.asciiValue!)
        out.append(blank)
        let designator = Array(e.internationalDesignator.utf8)
        guard designator.count <= 8 else { throw fail(.internationalDesignator, e.internationalDesignator) }
        out.append(contentsOf: designator)
        out.append(contentsOf: repeatElement(blank, count: 9 - designator.count))
        let epoch = e.epoch.tleEpochFields
        guard (1957...2056).contains(e.epoch.year) else { throw fail(.epoch, e.epoch.description) }
        try appendInteger(&out, epoch.twoDigitYear, width: 2, pad: 48, field: .epoch)
        try appendInteger(&out, epoch.dayOfYear, width: 3, pad: 48, field: .epoch)
        out.append(UInt8(ascii: "."))
        try appendInteger(&out, epoch.fractionUnits, width: 8, pad: 48, field: .epoch)
        out.append(blank)
        // n-dot/2: python "% 8.8f" with the leading 0 removed: sign, '.', 8 digits.
        let ndot = scaledMagnitude(e.meanMotionDot, decimals: 8)
        guard e.meanMotionDot.isFinite, ndot < 1e8 else { throw fail(.meanMotionDot, "\(e.meanMotionDot)") }
        out.append(e.meanMotionDot.sign == .minus ? UInt8(ascii: "-") : blank)
        out.append(UInt8(ascii: "."))
        try appendInteger(&out, Int(ndot), width: 8, pad: 48, field: .meanMotionDot)
        out.append(blank)
        let ddotZero = style == .celesTrak ? UInt8(ascii: "+") : UInt8(ascii: "-")
        try appendImplied(&out, e.meanMotionDDot, zeroExponent: ddotZero, field: .meanMotionDDot)
        out.append(blank)
        try appendImplied(&out, e.bstar, zeroExponent: UInt8(ascii: "+"), field: .bstar)
        out.append(blank)
        try appendInteger(&out, e.ephemerisType, width: 1, pad: blank, field: .ephemerisType)
        out.append(blank)
        try appendInteger(&out, e.elementSetNumber, width: 4, pad: blank, field: .elementSetNumber)
        appendChecksum(&out)
        return out
    }

    static func line2(_ e: MeanElements) throws(TLEError) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "2"), blank]
        out.reserveCapacity(69)
        out.append(contentsOf: try catalogField(e))
        out.append(blank)
        guard (0...180).contains(e.inclination) else { throw fail(.inclination, "\(e.inclination)") }
        try appendFixed(&out, e.inclination, width: 8, decimals: 4, field: .inclination)
        out.append(blank)
        guard (0...360).contains(e.rightAscension) else { throw fail(.rightAscension, "\(e.rightAscension)") }
        try appendFixed(&out, e.rightAscension, width: 8, decimals: 4, field: .rightAscension)
        out.append(blank)
        let eccentricity = scaledMagnitude(e.eccentricity, decimals: 7)
        guard e.eccentricity >= 0, eccentricity < 1e7 else { throw fail(.eccentricity, "\(e.eccentricity)") }
        try appendInteger(&out, Int(eccentricity), width: 7, pad: 48, field: .eccentricity)
        out.append(blank)
        guard (0...360).contains(e.argumentOfPerigee) else { throw fail(.argumentOfPerigee, "\(e.argumentOfPerigee)") }
        try appendFixed(&out, e.argumentOfPerigee, width: 8, decimals: 4, field: .argumentOfPerigee)
        out.append(blank)
        guard (0...360).contains(e.meanAnomaly) else { throw fail(.meanAnomaly, "\(e.meanAnomaly)") }
        try appendFixed(&out, e.meanAnomaly, width: 8, decimals: 4, field: .meanAnomaly)
        out.append(blank)
        guard e.meanMotion > 0 else { throw fail(.meanMotion, "\(e.meanMotion)") }
        try appendFixed(&out, e.meanMotion, width: 11, decimals: 8, field: .meanMotion)
        try appendInteger(&out, e.revolutionNumber, width: 5, pad: blank, field: .revolutionNumber)
        appendChecksum(&out)
        return out
    }
}
