extension ScheduleProblem {
    /// The geodetic position of an antenna (WGS-84) and the lowest elevation it tracks at.
    public struct Site: Codable, Sendable, Hashable {
        /// Geodetic latitude, degrees, -90…90 (north positive).
        public var latitudeDegrees: Double
        /// Geodetic longitude, degrees, -180…180 (east positive).
        public var longitudeDegrees: Double
        /// Height above the WGS-84 ellipsoid, metres.
        public var heightMeters: Double
        /// The elevation above which the spacecraft is in view, degrees.
        public var minimumElevationDegrees: Double

        /// Creates a site.
        public init(
            latitudeDegrees: Double, longitudeDegrees: Double, heightMeters: Double = 0,
            minimumElevationDegrees: Double = 0
        ) {
            self.latitudeDegrees = latitudeDegrees
            self.longitudeDegrees = longitudeDegrees
            self.heightMeters = heightMeters
            self.minimumElevationDegrees = minimumElevationDegrees
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(
                decoder, known: ["latitudeDegrees", "longitudeDegrees", "heightMeters", "minimumElevationDegrees"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            latitudeDegrees = try container.decode(Double.self, forKey: .latitudeDegrees)
            longitudeDegrees = try container.decode(Double.self, forKey: .longitudeDegrees)
            heightMeters = try container.decodeIfPresent(Double.self, forKey: .heightMeters) ?? 0
            minimumElevationDegrees = try container.decodeIfPresent(Double.self, forKey: .minimumElevationDegrees) ?? 0
        }
    }
}
