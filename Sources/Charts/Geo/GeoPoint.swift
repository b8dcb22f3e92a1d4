/// A point on the map: latitude and longitude in degrees (latitude north in −90…90,
/// longitude east, normally −180…180; longitudes outside are allowed for unwrapped lines).
///
/// The map treats the Earth as a sphere: spacecraft and station positions come in geodetic,
/// the Sun's in geocentric latitude, a difference of at most 0.19° that no map pixel shows.
public struct GeoPoint: Sendable, Hashable {
    /// Latitude, degrees, positive north.
    public var latitude: Double
    /// Longitude, degrees, positive east.
    public var longitude: Double

    /// Creates a point from latitude and longitude in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The longitude brought into −180 ..< 180 degrees.
    public var normalizedLongitude: Double { GeoPoint.normalize(longitude: longitude) }

    /// `longitude` (degrees) brought into −180 ..< 180.
    public static func normalize(longitude: Double) -> Double {
        var value = (longitude + 180).truncatingRemainder(dividingBy: 360)
        if value < 0 { value += 360 }
        return value - 180
    }
}
