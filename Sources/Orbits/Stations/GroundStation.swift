/// A ground station that can track satellites: where it is and how low it can look.
///
/// Position is geodetic on the WGS-84 ellipsoid: latitude and longitude in degrees
/// (longitude east-positive, `-180 ... 180`), height above the ellipsoid in metres (not
/// above sea level; the difference, the geoid undulation, is up to ~100 m). The values are
/// validated once here so the pass search can trust them.
public struct GroundStation: Sendable, Hashable {
    /// Heights a station may have above the WGS-84 ellipsoid, metres (Dead Sea shore to
    /// above Everest's summit).
    public static let allowedHeightMeters: ClosedRange<Double> = -1_000...9_000

    /// Identifier, unique within its source (SatNOGS id, STDN code, `provider:name`, …).
    public let id: String
    /// Human-readable name.
    public let name: String
    /// Geodetic latitude, degrees, `-90 ... 90` (north positive).
    public let latitudeDegrees: Double
    /// Geodetic longitude, degrees, `-180 ... 180` (east positive).
    public let longitudeDegrees: Double
    /// Height above the WGS-84 ellipsoid, metres.
    public let heightMeters: Double
    /// Minimum trackable elevation by azimuth.
    public let horizonMask: HorizonMask
    /// The network or operator the station belongs to (`SatNOGS`, `KSAT`, `NASA NDOSL`), if known.
    public let network: String?
    /// Radio bands the station supports (`S`, `X`, `UHF`, …), as the source names them; may be empty.
    public let bands: [String]

    /// Creates a station, checking latitude (`-90 ... 90`°), longitude (`-180 ... 180`°,
    /// `180` is kept as given) and height (``allowedHeightMeters``).
    public init(
        id: String,
        name: String,
        latitudeDegrees: Double,
        longitudeDegrees: Double,
        heightMeters: Double = 0,
        horizonMask: HorizonMask = .horizon,
        network: String? = nil,
        bands: [String] = []
    ) throws(StationError) {
        guard !id.isEmpty else {
            throw StationError(.missingField, field: "id", reason: "a station needs an identifier")
        }
        guard latitudeDegrees.isFinite, (-90.0...90.0).contains(latitudeDegrees) else {
            throw StationError(
                .outOfRange, field: "latitude", value: "\(latitudeDegrees)",
                reason: "latitude must be within -90...90 deg", recordID: id)
        }
        guard longitudeDegrees.isFinite, (-180.0...180.0).contains(longitudeDegrees) else {
            throw StationError(
                .outOfRange, field: "longitude", value: "\(longitudeDegrees)",
                reason: "longitude must be within -180...180 deg (east positive)", recordID: id)
        }
        guard heightMeters.isFinite, Self.allowedHeightMeters.contains(heightMeters) else {
            throw StationError(
                .outOfRange, field: "height", value: "\(heightMeters)",
                reason: "height above the WGS-84 ellipsoid must be within -1000...9000 m", recordID: id)
        }
        self.id = id
        self.name = name
        self.latitudeDegrees = latitudeDegrees
        self.longitudeDegrees = longitudeDegrees
        self.heightMeters = heightMeters
        self.horizonMask = horizonMask
        self.network = network
        self.bands = bands
    }

    /// Geodetic latitude, radians.
    @inlinable
    public var latitudeRadians: Double { latitudeDegrees * (Double.pi / 180) }
    /// Geodetic longitude, radians (east positive).
    @inlinable
    public var longitudeRadians: Double { longitudeDegrees * (Double.pi / 180) }
    /// Height above the WGS-84 ellipsoid, kilometres.
    @inlinable
    public var heightKilometers: Double { heightMeters / 1000 }

    /// The same station with another horizon mask (e.g. a caller-chosen mask for a source
    /// that has none).
    public func with(horizonMask: HorizonMask) -> GroundStation {
        // Validation already passed for every other field.
        try! GroundStation(
            id: id, name: name, latitudeDegrees: latitudeDegrees, longitudeDegrees: longitudeDegrees,
            heightMeters: heightMeters, horizonMask: horizonMask, network: network, bands: bands)
    }
}
