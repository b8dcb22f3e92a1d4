/// A field of a two- or three-line element set, named in `TLEError`s.
///
/// Columns (1-based) follow the Space-Track / CelesTrak layout.
public enum TLEField: String, Sendable, Hashable, CaseIterable {
    /// The optional name line (line 0), with or without a `0 ` prefix.
    case name
    /// Column 1 of line 1 or 2: the line number `1` or `2`.
    case lineNumber
    /// Columns 3–7 of both lines: catalog number, digits (zero- or space-padded) or Alpha-5.
    case catalogNumber
    /// Line 1 column 8: classification `U`, `C` or `S`.
    case classification
    /// Line 1 columns 10–17: international designator (`98067A`).
    case internationalDesignator
    /// Line 1 columns 19–32: epoch `YYDDD.DDDDDDDD`.
    case epoch
    /// Line 1 columns 34–43: first derivative of mean motion / 2, rev/day².
    case meanMotionDot
    /// Line 1 columns 45–52: second derivative of mean motion / 6, rev/day³ (implied decimal).
    case meanMotionDDot
    /// Line 1 columns 54–61: B* drag term, 1/Earth radii (implied decimal).
    case bstar
    /// Line 1 column 63: ephemeris type.
    case ephemerisType
    /// Line 1 columns 65–68: element set number.
    case elementSetNumber
    /// Column 69 of either line: the mod-10 checksum.
    case checksum
    /// Line 2 columns 9–16: inclination, degrees.
    case inclination
    /// Line 2 columns 18–25: right ascension of the ascending node, degrees.
    case rightAscension
    /// Line 2 columns 27–33: eccentricity (implied leading `0.`).
    case eccentricity
    /// Line 2 columns 35–42: argument of perigee, degrees.
    case argumentOfPerigee
    /// Line 2 columns 44–51: mean anomaly, degrees.
    case meanAnomaly
    /// Line 2 columns 53–63: mean motion, rev/day.
    case meanMotion
    /// Line 2 columns 64–68: revolution number at epoch.
    case revolutionNumber
    /// Line length and the blank separator columns between fields.
    case layout
    /// The sequence of lines: a line 1 without line 2, a line 2 without line 1, a lone name.
    case structure
}
