import Foundation

extension CDM {
    /// The combined hard-body radius (m) stated in the message's `COMMENT` lines, as operators
    /// write it (CCSDS 508.0-B-1 has no keyword for it): `COMMENT HBR = 20.0`,
    /// `COMMENT Operator Hard Body Radius = 6.00 [m]`, `COMMENT Hard Body Radius: 0.02 [km]`.
    ///
    /// A value in the relative block (or header) is the combined radius. Otherwise radii found in
    /// both objects' comments are added (each object's own radius); a radius in one object only is
    /// taken as the combined one, as CARA writes it in the primary's block. Nil when none is stated.
    public var hardBodyRadius: Double? {
        if let r = (header.comments + relative.comments).lazy.compactMap(Self.radius(in:)).first { return r }
        let first = Self.allComments(object1).lazy.compactMap(Self.radius(in:)).first
        let second = Self.allComments(object2).lazy.compactMap(Self.radius(in:)).first
        switch (first, second) {
        case let (a?, b?): return a + b
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }

    /// Adds `COMMENT HBR = <metres> [m]` to the relative block (replacing an earlier one), the
    /// form CARA's tools read back.
    public mutating func setHardBodyRadius(_ metres: Double) {
        relative.comments.removeAll { Self.radius(in: $0) != nil }
        relative.comments.append("HBR = \(metres) [m]")
    }

    static func allComments(_ o: CDMObject) -> [String] {
        o.metadata.comments + o.dataComments + (o.odParameters?.comments ?? [])
            + (o.additionalParameters?.comments ?? []) + o.stateComments + o.covarianceComments
    }

    /// The radius in metres stated by one comment line, if it states one.
    static func radius(in comment: String) -> Double? {
        let upper = comment.uppercased()
        let labels = ["HARD BODY RADIUS", "HARD-BODY RADIUS", "HARDBODY RADIUS", "HBR"]
        guard let label = labels.first(where: { upper.contains($0) }),
            let range = upper.range(of: label)
        else { return nil }
        if label == "HBR" {
            // Whole word only (not e.g. "HBRX").
            if range.upperBound < upper.endIndex, upper[range.upperBound].isLetter { return nil }
            if range.lowerBound > upper.startIndex, upper[upper.index(before: range.lowerBound)].isLetter { return nil }
        }
        var rest = upper[range.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard let sep = rest.first, sep == "=" || sep == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        let number = rest.prefix { "0123456789.+-E".contains($0) }
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        let unit = rest.dropFirst(number.count).trimmingCharacters(in: CharacterSet(charactersIn: " []()\t"))
        return unit.hasPrefix("KM") ? value * 1000 : value
    }
}
