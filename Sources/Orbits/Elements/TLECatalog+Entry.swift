extension TLECatalog {
    /// One element set read from a file, with where it was found.
    public struct Entry: Sendable, Hashable {
        /// The element set (its `name` from the preceding name line, if any).
        public var elements: MeanElements
        /// 1-based line number of the set's line 1 in the file.
        public var line: Int
        /// Text after column 69 of line 2, trimmed; `nil` when there is none. `SGP4-VER.TLE`
        /// puts start, stop and step (minutes since epoch) there.
        public var trailingText: String?

        /// Creates an entry.
        public init(elements: MeanElements, line: Int, trailingText: String? = nil) {
            self.elements = elements
            self.line = line
            self.trailingText = trailingText
        }
    }
}
