/// Conversion between an OMM and the TLE-equivalent ``MeanElements``.
extension OMM {
    /// The SGP4 element set of this message, as a TLE would hold it: `OBJECT_NAME` becomes the
    /// name (`nil` when empty) and `OBJECT_ID` the TLE designator (`1998-067A` → `98067A`). An
    /// `OBJECT_ID` not of the form `YYYY-NNNP…` for a year 1957 … 2056 is kept as it is when it fits
    /// the 8 TLE columns (so a TLE designator that ``init(meanElements:)`` could not convert comes
    /// back unchanged), else the designator is empty.
    public var meanElements: MeanElements {
        MeanElements(
            name: objectName.isEmpty ? nil : objectName, catalogNumber: noradCatalogID,
            classification: classificationType,
            internationalDesignator: Self.tleDesignator(objectID: objectID)
                ?? (objectID.utf8.count <= 8 ? objectID : ""),
            epoch: epoch, meanMotionDot: meanMotionDot, meanMotionDDot: meanMotionDDot, bstar: bstar,
            ephemerisType: ephemerisType, elementSetNumber: elementSetNumber, inclination: inclination,
            rightAscension: rightAscension, eccentricity: eccentricity, argumentOfPerigee: argumentOfPericenter,
            meanAnomaly: meanAnomaly, meanMotion: meanMotion, revolutionNumber: revolutionAtEpoch)
    }

    /// A message holding `elements` (from a TLE): SGP4 in TEME, UTC, around EARTH, version 2.0,
    /// no creation date or originator (set them before writing if wanted). The TLE designator
    /// `98067A` becomes `OBJECT_ID` `1998-067A` (kept as given when it is not of that form).
    public init(meanElements elements: MeanElements) {
        self.init(
            epoch: elements.epoch, meanMotion: elements.meanMotion, eccentricity: elements.eccentricity,
            inclination: elements.inclination, rightAscension: elements.rightAscension,
            argumentOfPericenter: elements.argumentOfPerigee, meanAnomaly: elements.meanAnomaly,
            noradCatalogID: elements.catalogNumber)
        objectName = elements.name ?? ""
        let designator = String(elements.internationalDesignator.trimmingBlanks())
        objectID = Self.objectID(tleDesignator: designator) ?? designator
        classificationType = elements.classification
        ephemerisType = elements.ephemerisType
        elementSetNumber = elements.elementSetNumber
        revolutionAtEpoch = elements.revolutionNumber
        bstar = elements.bstar
        meanMotionDot = elements.meanMotionDot
        meanMotionDDot = elements.meanMotionDDot
    }

    /// The CCSDS `OBJECT_ID` of a TLE international designator: `98067A` → `1998-067A`,
    /// `24001ABC` → `2024-001ABC` (two-digit launch years 57–99 are 19xx, 00–56 are 20xx); `nil`
    /// when `designator` is not two digits, three digits and up to three letters.
    public static func objectID(tleDesignator designator: String) -> String? {
        let bytes = Array(designator.utf8)
        guard bytes.count >= 5, bytes.count <= 8, bytes[0..<5].allSatisfy(isDigit),
            bytes[5...].allSatisfy(isUpperLetter)
        else { return nil }
        let year = Int(designator.prefix(2))!
        let century = year >= 57 ? "19" : "20"
        return century + designator.prefix(2) + "-" + designator.dropFirst(2)
    }

    /// The TLE international designator of a CCSDS `OBJECT_ID`: `1998-067A` → `98067A`; `nil` when
    /// `objectID` is not `YYYY-NNN` and up to three letters with YYYY in 1957 … 2056 (the years
    /// a two-digit TLE year can name).
    public static func tleDesignator(objectID: String) -> String? {
        let bytes = Array(objectID.utf8)
        guard bytes.count >= 8, bytes.count <= 11, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-"),
            bytes[5..<8].allSatisfy(isDigit), bytes[8...].allSatisfy(isUpperLetter),
            let year = Int(objectID.prefix(4)), (1957...2056).contains(year)
        else { return nil }
        return String(objectID.dropFirst(2).prefix(2)) + String(objectID.dropFirst(5))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
