extension TLECatalog {
    /// The entries written back as TLE / 3LE text, in order (see `MeanElements.tleText`).
    ///
    /// - Parameters:
    ///   - includingNames: write a name line before each set that has a name (3LE).
    ///   - namePrefix: `"0 "` as Space-Track writes 3LE, `""` as CelesTrak does.
    ///   - lineEnding: `"\n"` or `"\r\n"`.
    ///   - style: how a zero exponent is signed (see `TLEFormatStyle`).
    /// - Throws: the first `TLEError` of a set whose values do not fit the TLE columns, with
    ///   `line` set to the set's line 1 in the file it was read from.
    public func text(
        includingNames: Bool = true, namePrefix: String = "0 ", lineEnding: String = "\n",
        style: TLEFormatStyle = .pythonSGP4
    ) throws(TLEError) -> String {
        var text = ""
        text.reserveCapacity(entries.count * (includingNames ? 170 : 140))
        for entry in entries {
            do {
                text += try entry.elements.tleText(
                    includingName: includingNames, namePrefix: namePrefix, lineEnding: lineEnding, style: style)
            } catch {
                var located = error
                located.file = file
                located.line = entry.line
                throw located
            }
        }
        return text
    }
}
