/// One pass of a satellite over a ground station: the interval during which the satellite is
/// at or above the station's horizon mask.
public struct Pass: Sendable, Hashable {
    /// Index of the satellite in the predictor's list.
    public var satellite: Int
    /// NORAD catalog number of the satellite.
    public var catalogNumber: Int
    /// Index of the station in the predictor's list.
    public var station: Int
    /// Acquisition of signal: the satellite rises above the mask (or the span starts).
    public var aos: Instant
    /// Time of maximum elevation.
    public var culmination: Instant
    /// Loss of signal: the satellite sets below the mask (or the span ends).
    public var los: Instant
    /// Maximum elevation, degrees (geodetic horizon, no refraction).
    public var maximumElevation: Double
    /// Azimuth at AOS, culmination and LOS, degrees clockwise from north.
    public var aosAzimuth: Double
    public var culminationAzimuth: Double
    public var losAzimuth: Double
    /// The satellite was already above the mask when the span started (`aos` is the start).
    public var startsAtSpanStart: Bool
    /// The satellite was still above the mask when the span ended (`los` is the end).
    public var endsAtSpanEnd: Bool

    /// Creates a pass.
    public init(
        satellite: Int, catalogNumber: Int, station: Int, aos: Instant, culmination: Instant, los: Instant,
        maximumElevation: Double, aosAzimuth: Double, culminationAzimuth: Double, losAzimuth: Double,
        startsAtSpanStart: Bool = false, endsAtSpanEnd: Bool = false
    ) {
        self.satellite = satellite
        self.catalogNumber = catalogNumber
        self.station = station
        self.aos = aos
        self.culmination = culmination
        self.los = los
        self.maximumElevation = maximumElevation
        self.aosAzimuth = aosAzimuth
        self.culminationAzimuth = culminationAzimuth
        self.losAzimuth = losAzimuth
        self.startsAtSpanStart = startsAtSpanStart
        self.endsAtSpanEnd = endsAtSpanEnd
    }

    /// The order of pass lists: by AOS, then satellite, then station.
    @inlinable
    public static func isBefore(_ a: Pass, _ b: Pass) -> Bool {
        if a.aos != b.aos { return a.aos < b.aos }
        if a.satellite != b.satellite { return a.satellite < b.satellite }
        return a.station < b.station
    }

    /// Duration from AOS to LOS, seconds.
    public var duration: Double { los.seconds(since: aos) }
}
