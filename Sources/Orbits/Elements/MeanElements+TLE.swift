extension MeanElements {
    /// Reads one element set from its two TLE lines (and an optional name line).
    ///
    /// Only columns 1–69 are read; CR/LF and trailing blanks are ignored. `name` may carry the
    /// 3LE `0 ` prefix; it is removed and the name trimmed. Errors name line 1 or 2 (the lines
    /// as given) with the field, column and offending text.
    public init(
        tleLine1 line1: String, line2: String, name: String? = nil, options: TLEParseOptions = .strict
    ) throws(TLEError) {
        var text = name.map { $0.isEmpty ? "" : TLEFieldReader.trimmed($0) + "\n" } ?? ""
        let offset = text.isEmpty ? 0 : 1
        text += TLEFieldReader.trimmed(line1) + "\n" + TLEFieldReader.trimmed(line2) + "\n"
        let catalog = TLECatalog(text: text, options: TLEParseOptions(verifiesChecksums: options.verifiesChecksums, skipsCommentLines: false))
        guard catalog.entries.count == 1, catalog.errors.isEmpty else {
            var error = catalog.errors.first
                ?? TLEError(.missingLine2, field: .structure, text: line1, line: 1)
            error.line = error.line.map { $0 - offset }
            throw error
        }
        self = catalog.entries[0].elements
    }

    /// Reads exactly one element set from TLE text of two or three lines (name line first).
    public init(tle text: String, options: TLEParseOptions = .strict) throws(TLEError) {
        let catalog = TLECatalog(text: text, options: options)
        if let error = catalog.errors.first { throw error }
        guard catalog.entries.count == 1 else {
            throw TLEError(.missingLine1, field: .structure, text: text, line: 1)
        }
        self = catalog.entries[0].elements
    }

    /// The two 69-column TLE lines for these elements, with checksums.
    ///
    /// Laid out exactly as python-sgp4's `export_tle`: catalog numbers zero-padded (Alpha-5
    /// from 100,000), classification, designator padded to 8 columns, epoch `YYDDD.DDDDDDDD`
    /// rounded to 1e-8 day, n-dot without a leading zero, n-ddot and B* in implied-decimal
    /// form with 5 significant digits (zero written `00000-0` and `00000+0`), angles `%8.4f`,
    /// eccentricity 7 digits, mean motion `%11.8f`. Throws `.notRepresentable` when a value
    /// does not fit its columns (e.g. catalog number > 339,999 or epoch outside 1957–2056).
    /// `style` only changes how a zero exponent is signed (see `TLEFormatStyle`).
    public func tleLines(style: TLEFormatStyle = .pythonSGP4) throws(TLEError) -> (line1: String, line2: String) {
        let line1 = try TLEWriter.line1(self, style: style)
        let line2 = try TLEWriter.line2(self)
        return (String(decoding: line1, as: UTF8.self), String(decoding: line2, as: UTF8.self))
    }

    /// The element set as text: an optional name line, then the two TLE lines, each ending
    /// with `lineEnding`.
    ///
    /// - Parameters:
    ///   - includingName: write the name line when `name` is set (3LE).
    ///   - namePrefix: prefix of the name line (`"0 "` as Space-Track writes 3LE, `""` as CelesTrak).
    ///   - lineEnding: `"\n"` or `"\r\n"`.
    ///   - style: how a zero exponent is signed (see `TLEFormatStyle`).
    public func tleText(
        includingName: Bool = true, namePrefix: String = "0 ", lineEnding: String = "\n",
        style: TLEFormatStyle = .pythonSGP4
    ) throws(TLEError) -> String {
        let (line1, line2) = try tleLines(style: style)
        var text = ""
        if includingName, let name { text += namePrefix + name + lineEnding }
        return text + line1 + lineEnding + line2 + lineEnding
    }
}
