import Orbits

extension Spacecraft {
    /// A spacecraft's orbit as received: the text of one TLE (two or three lines) or one CCSDS
    /// OMM (KVN, XML or JSON). The text is kept verbatim so that what a partner uploaded is what
    /// others download; `epoch` and the elements are derived from it.
    public struct Orbit: Codable, Sendable, Hashable {
        /// The encoding of the orbit text.
        public enum Format: String, Codable, Sendable, Hashable, CaseIterable {
            case tle, omm
        }

        /// The longest orbit text accepted, in bytes (an OMM with covariance fits easily).
        public static let maximumLength = 16_384

        /// The encoding.
        public var format: Format
        /// The TLE or OMM text.
        public var text: String

        /// Creates an orbit from its text.
        public init(format: Format, text: String) {
            self.format = format
            self.text = text
        }

        /// Parses the text into mean elements, naming `field` and the parser's reason on error.
        public func meanElements(field: String = "orbit") throws(DomainError) -> MeanElements {
            guard text.utf8.count <= Self.maximumLength else {
                throw DomainError(
                    .invalidOrbit, field: "\(field).text",
                    detail: "is \(text.utf8.count) bytes; at most \(Self.maximumLength)")
            }
            switch format {
            case .tle:
                do {
                    return try MeanElements(tle: text)
                } catch {
                    throw DomainError(.invalidOrbit, field: "\(field).text", detail: "not a valid TLE: \(error)")
                }
            case .omm:
                do {
                    return try OMM(text).meanElements
                } catch {
                    throw DomainError(.invalidOrbit, field: "\(field).text", detail: "not a valid OMM: \(error)")
                }
            }
        }
    }
}

extension Spacecraft.Orbit {
    private enum CodingKeys: String, CodingKey {
        case format, text, epoch
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Format.self, forKey: .format)
        text = try container.decode(String.self, forKey: .text)
        // `epoch` is derived; a client echoing it back is accepted and the value ignored.
        _ = try container.decodeIfPresent(Instant.self, forKey: .epoch)
    }

    /// Encodes the text with its derived epoch (`epoch` omitted if the text does not parse).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(try? meanElements().epoch, forKey: .epoch)
    }
}
