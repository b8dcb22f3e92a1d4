extension Station {
    /// An antenna of a station and the radio bands it supports.
    public struct Antenna: Codable, Sendable, Hashable {
        /// The antenna's name at the station, e.g. `DSS-14`.
        public var name: String
        /// The dish diameter in metres (0 for omni or Yagi arrays).
        public var diameterMeters: Double
        /// The bands it transmits or receives on.
        public var bands: [Band]

        /// Creates an antenna.
        public init(name: String, diameterMeters: Double, bands: [Band]) {
            self.name = name
            self.diameterMeters = diameterMeters
            self.bands = bands
        }

        func validate(field: String) throws(DomainError) {
            try TextRules.requireName(name, field: "\(field).name", maximum: 64)
            guard diameterMeters.isFinite, (0...100).contains(diameterMeters) else {
                throw DomainError(
                    .outOfRange, field: "\(field).diameterMeters", detail: "\(diameterMeters) is not in 0...100 metres")
            }
            try TextRules.requireUnique(bands, field: "\(field).bands") { "band \($0.rawValue)" }
        }
    }

    /// The radio bands of space operations (IEEE letter bands plus VHF/UHF).
    public enum Band: String, Codable, Sendable, Hashable, CaseIterable {
        case VHF, UHF, L, S, C, X, Ku, K, Ka
    }
}
