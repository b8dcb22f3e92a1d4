/// The minimum elevation a ground station can track at, as a function of azimuth.
///
/// Either a constant (`10°` everywhere, as SatNOGS' `min_horizon`) or an azimuth-dependent
/// terrain mask: points (azimuth deg, minimum elevation deg) joined by straight lines in
/// azimuth, wrapping from the last point back to the first through 360°. Lookups are O(1):
/// a 360-entry table gives, for each whole degree of azimuth, the mask segment that starts
/// at or before it, so the pass search can test every step cheaply. ``maximumElevationDegrees``
/// is an upper bound of the whole mask (a satellite whose peak elevation is below it is
/// never visible; one above ``lowestElevationDegrees`` may be).
///
/// Azimuth is measured from north through east, degrees; elevation above the local
/// horizontal plane of the WGS-84 ellipsoid normal, degrees.
public struct HorizonMask: Sendable, Hashable {
    /// One vertex of an azimuth-dependent mask.
    public struct Point: Sendable, Hashable {
        /// Azimuth from north through east, degrees, `0 ..< 360`.
        public var azimuthDegrees: Double
        /// Minimum trackable elevation at that azimuth, degrees, `-90 ... 90`.
        public var minimumElevationDegrees: Double

        /// Creates a mask vertex (validated by ``HorizonMask/init(points:)``).
        public init(azimuthDegrees: Double, minimumElevationDegrees: Double) {
            self.azimuthDegrees = azimuthDegrees
            self.minimumElevationDegrees = minimumElevationDegrees
        }
    }

    /// Elevations a mask may hold, degrees (negative values are legal for stations on high ground).
    public static let allowedElevationDegrees: ClosedRange<Double> = -90...90

    /// A constant 0° mask: the geometric horizon.
    public static let horizon = HorizonMask(uncheckedConstant: 0)

    /// The mask's vertices sorted by azimuth; empty for a constant mask.
    public let points: [Point]
    /// The highest minimum elevation anywhere on the mask, degrees (the constant for a
    /// constant mask): a cheap bound for the pass search.
    public let maximumElevationDegrees: Double
    /// The lowest minimum elevation anywhere on the mask, degrees.
    public let lowestElevationDegrees: Double

    /// Vertex azimuths, degrees, with the last vertex repeated at `-360` in front and the first
    /// at `+360` behind, so every azimuth in `0 ..< 360` lies between two entries. Empty when constant.
    @usableFromInline let tableAzimuths: [Double]
    /// Vertex elevations matching ``tableAzimuths``, degrees.
    @usableFromInline let tableElevations: [Double]
    /// For each whole degree `k` in `0 ..< 360`, the last index `i` with `tableAzimuths[i] <= k`.
    @usableFromInline let degreeIndex: [Int32]

    /// Whether the mask is the same at every azimuth.
    @inlinable
    public var isConstant: Bool { degreeIndex.isEmpty }

    /// Maximum mask elevation in radians (see ``maximumElevationDegrees``).
    @inlinable
    public var maximumElevationRadians: Double { maximumElevationDegrees * (Double.pi / 180) }

    /// A constant mask of `minimumElevationDegrees` (degrees, `-90 ... 90`).
    public init(minimumElevationDegrees: Double) throws(StationError) {
        try Self.check(minimumElevationDegrees, field: "min_elevation_deg")
        self.init(uncheckedConstant: minimumElevationDegrees)
    }

    /// An azimuth-dependent mask through `points` (any order; azimuths in `0 ..< 360`, each at
    /// most once; elevations `-90 ... 90` deg). A mask whose points all share one elevation
    /// is stored as a constant.
    public init(points: [Point]) throws(StationError) {
        guard let first = points.first else {
            throw StationError(.invalidMask, field: "mask", reason: "a horizon mask needs at least one point")
        }
        for point in points {
            guard point.azimuthDegrees.isFinite, point.azimuthDegrees >= 0, point.azimuthDegrees < 360 else {
                throw StationError(
                    .outOfRange, field: "mask", value: "\(point.azimuthDegrees)",
                    reason: "mask azimuth must be within 0..<360 deg")
            }
            try Self.check(point.minimumElevationDegrees, field: "mask")
        }
        let sorted = points.sorted { $0.azimuthDegrees < $1.azimuthDegrees }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.azimuthDegrees == b.azimuthDegrees {
            throw StationError(
                .invalidMask, field: "mask", value: "\(a.azimuthDegrees)",
                reason: "mask azimuth given twice")
        }
        if sorted.allSatisfy({ $0.minimumElevationDegrees == first.minimumElevationDegrees }) {
            self.init(uncheckedConstant: first.minimumElevationDegrees)
            return
        }
        self.init(sortedPoints: sorted)
    }

    /// A constant mask, unchecked (callers validate).
    init(uncheckedConstant elevation: Double) {
        points = []
        maximumElevationDegrees = elevation
        lowestElevationDegrees = elevation
        tableAzimuths = []
        tableElevations = []
        degreeIndex = []
    }

    /// A mask through validated, sorted, distinct points; builds the 1° lookup table.
    private init(sortedPoints: [Point]) {
        points = sortedPoints
        let elevations = sortedPoints.map(\.minimumElevationDegrees)
        maximumElevationDegrees = elevations.max()!
        lowestElevationDegrees = elevations.min()!
        let last = sortedPoints[sortedPoints.count - 1]
        let first = sortedPoints[0]
        tableAzimuths = [last.azimuthDegrees - 360] + sortedPoints.map(\.azimuthDegrees) + [first.azimuthDegrees + 360]
        tableElevations = [last.minimumElevationDegrees] + elevations + [first.minimumElevationDegrees]
        var index: [Int32] = []
        index.reserveCapacity(360)
        var i = 0
        for degree in 0..<360 {
            while tableAzimuths[i + 1] <= Double(degree) { i += 1 }
            index.append(Int32(i))
        }
        degreeIndex = index
    }

    /// Checks one elevation value (finite, `-90 ... 90` deg).
    static func check(_ elevation: Double, field: String) throws(StationError) {
        guard elevation.isFinite, allowedElevationDegrees.contains(elevation) else {
            throw StationError(
                .outOfRange, field: field, value: "\(elevation)",
                reason: "minimum elevation must be within -90...90 deg")
        }
    }
}
