import Orbits

/// A ground station of a partner: WGS-84 location, antennas, horizon mask and the windows in
/// which it is available, under maintenance or reserved.
///
/// Named `Station` to keep it apart from `Orbits.GroundStation`, the geometry the pass
/// predictor needs; `groundStation` converts.
public struct Station: Entity {
    /// The id of a station record.
    public typealias ID = Identifier<Station>

    public static var kind: EntityKind { .station }

    /// The station's id, e.g. `dsn-goldstone`.
    public var id: ID
    /// The station's name.
    public var name: String
    /// The partner that owns and operates it.
    public var owner: Partner.ID
    /// The network it belongs to (`DSN`, `ESTRACK`, `KSAT`), if any.
    public var network: String?
    /// Geodetic latitude, degrees north, -90...90.
    public var latitude: Double
    /// Longitude, degrees east, -180...180.
    public var longitude: Double
    /// Height above the WGS-84 ellipsoid, metres.
    public var heightMeters: Double
    /// The antennas.
    public var antennas: [Antenna]
    /// The lowest usable elevation, by azimuth.
    public var horizonMask: Mask
    /// Windows of availability, maintenance or reservation.
    public var availability: [AvailabilityWindow]

    /// Creates a station.
    public init(
        id: ID, name: String, owner: Partner.ID, network: String? = nil, latitude: Double, longitude: Double,
        heightMeters: Double, antennas: [Antenna] = [], horizonMask: Mask = Mask(),
        availability: [AvailabilityWindow] = []
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.network = network
        self.latitude = latitude
        self.longitude = longitude
        self.heightMeters = heightMeters
        self.antennas = antennas
        self.horizonMask = horizonMask
        self.availability = availability
    }

    public var ownerID: Partner.ID? { owner }

    /// Checks the name, the coordinate ranges, the antennas, the mask and the windows.
    public func validate() throws(DomainError) {
        try TextRules.requireName(name, field: "name")
        try TextRules.requireLength(network ?? "", field: "network", maximum: 64)
        guard latitude.isFinite, (-90...90).contains(latitude) else {
            throw DomainError(.outOfRange, field: "latitude", detail: "\(latitude) is not in -90...90 degrees")
        }
        guard longitude.isFinite, (-180...180).contains(longitude) else {
            throw DomainError(.outOfRange, field: "longitude", detail: "\(longitude) is not in -180...180 degrees")
        }
        guard heightMeters.isFinite, GroundStation.allowedHeightMeters.contains(heightMeters) else {
            throw DomainError(
                .outOfRange, field: "heightMeters",
                detail: "\(heightMeters) is not in \(GroundStation.allowedHeightMeters) metres")
        }
        guard antennas.count <= 100, availability.count <= 1000 else {
            throw DomainError(.outOfRange, field: "antennas", detail: "at most 100 antennas and 1000 windows")
        }
        try TextRules.requireUnique(antennas.map(\.name), field: "antennas") { "antenna '\($0)'" }
        for (index, antenna) in antennas.enumerated() {
            try antenna.validate(field: "antennas[\(index)]")
        }
        _ = try horizonMask.horizonMask(field: "horizonMask")
        for (index, window) in availability.enumerated() {
            try window.validate(field: "availability[\(index)]")
        }
    }

    /// The station as the pass predictor sees it (location, mask, network, bands).
    public var groundStation: GroundStation {
        get throws(DomainError) {
            let mask = try horizonMask.horizonMask(field: "horizonMask")
            var bands: [String] = []
            for band in antennas.flatMap(\.bands) where !bands.contains(band.rawValue) {
                bands.append(band.rawValue)
            }
            do {
                return try GroundStation(
                    id: id.rawValue, name: name, latitudeDegrees: latitude, longitudeDegrees: longitude,
                    heightMeters: heightMeters, horizonMask: mask, network: network, bands: bands)
            } catch {
                throw DomainError(.outOfRange, field: "location", detail: "\(error)")
            }
        }
    }
}
