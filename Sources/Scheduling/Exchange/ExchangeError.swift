/// An error reading a CCSDS service management file (a 902.9 service package request or a
/// 902.1 Simple Schedule) or turning it into Concord's formats.
///
/// It names where the problem is (file, line, element, attribute) and why (``Code``), so a
/// caller can match on it and a person can fix the input.
public struct ExchangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the input was rejected. Extensible: new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// The text is not well-formed XML.
        public static let malformed = Code("malformed")
        /// The document is XML but not the message expected (its root element names it).
        public static let wrongDocument = Code("wrongDocument")
        /// A required element or attribute is absent.
        public static let missingField = Code("missingField")
        /// An element or attribute given twice where the format allows one.
        public static let duplicate = Code("duplicate")
        /// A value that cannot be read as its type (time, integer, weekday).
        public static let invalidValue = Code("invalidValue")
        /// A number or time outside its allowed range.
        public static let outOfRange = Code("outOfRange")
        /// Values that contradict each other (a minimum above its maximum, a window that ends
        /// before it starts, both a single pass and a standing order).
        public static let inconsistent = Code("inconsistent")
        /// A construct of the format that Concord cannot represent (e.g. an aperture given as a
        /// position on a celestial body).
        public static let unsupported = Code("unsupported")

        public var description: String { name }
    }

    /// Why the input was rejected.
    public var code: Code
    /// The file the text came from, when the caller named it.
    public var file: String?
    /// 1-based line of the element at fault, when known.
    public var line: Int?
    /// The element at fault (its local name, e.g. `standingOrder`).
    public var element: String?
    /// The attribute at fault, when there is one (e.g. `minNumOfPasses`).
    public var attribute: String?
    /// The offending value as written, when there is one.
    public var value: String?
    /// A sentence for the user saying what is wrong.
    public var detail: String

    /// Creates an error; readers fill in what they know.
    public init(
        _ code: Code, file: String? = nil, line: Int? = nil, element: String? = nil, attribute: String? = nil,
        value: String? = nil, detail: String
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.element = element
        self.attribute = attribute
        self.value = value
        self.detail = detail
    }

    /// One line for people: `req.xml:22: <standingOrder minNumOfPasses="x">: not an integer [invalidValue]`.
    public var description: String {
        var text = file ?? "(input)"
        if let line { text += ":\(line)" }
        text += ": "
        if let element {
            text += "<\(element)"
            if let attribute { text += " \(attribute)" + (value.map { "=\"\($0)\"" } ?? "") }
            text += ">: "
        } else if let value {
            text += "\"\(value)\": "
        }
        return text + detail + " [\(code)]"
    }
}
