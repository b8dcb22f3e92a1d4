/// Splitting lines where they cross the antimeridian (±180° longitude) on a map.
public enum Antimeridian {
    /// Splits a line of points with longitudes in −180…180°: wherever consecutive points
    /// are more than 180° apart in longitude, the shorter way round crosses ±180°; the
    /// segment ends at the crossing on one edge and the next starts on the other, with the
    /// latitude interpolated linearly in longitude. Segments of one point are dropped.
    public static func split(_ points: [GeoPoint]) -> [[GeoPoint]] {
        var segments: [[GeoPoint]] = []
        var current: [GeoPoint] = []
        for point in points {
            guard let previous = current.last else {
                current.append(point)
                continue
            }
            let delta = point.longitude - previous.longitude
            if abs(delta) > 180 {
                // Going east across +180 (delta < 0) or west across −180 (delta > 0).
                let edge: Double = delta < 0 ? 180 : -180
                let unwrapped = point.longitude + (delta < 0 ? 360 : -360)
                let fraction = (edge - previous.longitude) / (unwrapped - previous.longitude)
                let latitude = previous.latitude + fraction * (point.latitude - previous.latitude)
                current.append(GeoPoint(latitude: latitude, longitude: edge))
                if current.count >= 2 { segments.append(current) }
                current = [GeoPoint(latitude: latitude, longitude: -edge), point]
            } else {
                current.append(point)
            }
        }
        if current.count >= 2 { segments.append(current) }
        return segments
    }
}
