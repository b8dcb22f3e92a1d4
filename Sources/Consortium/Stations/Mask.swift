import Orbits

extension Station {
    /// A station's horizon mask as stored: a minimum elevation, optionally raised by azimuth.
    ///
    /// With no points, the mask is the constant `minimumElevation`. With points, the elevation
    /// is interpolated linearly in azimuth between them (as `Orbits.HorizonMask` does) and never
    /// below `minimumElevation`.
    public struct Mask: Codable, Sendable, Hashable {
        /// The lowest elevation usable anywhere, degrees, -90...90.
        public var minimumElevation: Double
        /// Azimuth-dependent minimum elevations.
        public var points: [Point]

        /// An azimuth (degrees from north, eastward, 0..<360) and its minimum elevation (degrees).
        public struct Point: Codable, Sendable, Hashable {
            public var azimuth: Double
            public var elevation: Double

            /// Creates a mask point.
            public init(azimuth: Double, elevation: Double) {
                self.azimuth = azimuth
                self.elevation = elevation
            }
        }

        /// Creates a mask; by default the geometric horizon.
        public init(minimumElevation: Double = 0, points: [Point] = []) {
            self.minimumElevation = minimumElevation
            self.points = points
        }

        /// The mask the pass predictor uses, or an error naming the bad value.
        public func horizonMask(field: String) throws(DomainError) -> HorizonMask {
            do {
                guard !points.isEmpty else {
                    return try HorizonMask(minimumElevationDegrees: minimumElevation)
                }
                for (index, point) in points.enumerated()
                where !(point.azimuth.isFinite && (0..<360).contains(point.azimuth)) {
                    throw DomainError(
                        .outOfRange, field: "\(field).points[\(index)].azimuth",
                        detail: "\(point.azimuth) is not in 0..<360 degrees")
                }
                let mask = try HorizonMask(
                    points: points.map {
                        HorizonMask.Point(azimuthDegrees: $0.azimuth, minimumElevationDegrees: $0.elevation)
                    })
                return try mask.raised(toAtLeastDegrees: minimumElevation)
            } catch let error as DomainError {
                throw error
            } catch {
                throw DomainError(.outOfRange, field: field, detail: "\(error)")
            }
        }
    }
}
