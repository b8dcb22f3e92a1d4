import Orbits

/// The passes found by `concord passes`, with what is needed to print them: the satellites'
/// names and the stations' identifiers.
struct PassReport {
    /// The CSV header, also the JSON member names in order.
    static let columns = [
        "norad", "name", "station", "aos", "culmination", "los", "duration_s", "max_elevation_deg",
        "aos_azimuth_deg", "culmination_azimuth_deg", "los_azimuth_deg", "truncated",
    ]

    /// The passes, sorted by AOS, satellite, station.
    var passes: [Pass]
    /// The element sets, indexed by `Pass.satellite`.
    var satellites: [MeanElements]
    /// The stations, indexed by `Pass.station`.
    var stations: [GroundStation]
    /// The span searched (UTC).
    var start: Instant
    var end: Instant

    /// The satellite's name, or empty.
    func name(_ pass: Pass) -> String { satellites[pass.satellite].name ?? "" }

    /// The station's identifier.
    func station(_ pass: Pass) -> String { stations[pass.station].id }

    /// `no`, `start` (in progress at the span's start), `end` (at its end) or `both`.
    static func truncation(_ pass: Pass) -> String {
        switch (pass.startsAtSpanStart, pass.endsAtSpanEnd) {
        case (false, false): "no"
        case (true, false): "start"
        case (false, true): "end"
        case (true, true): "both"
        }
    }

    /// ISO-8601 UTC with milliseconds and `Z`.
    static func time(_ instant: Instant) -> String { instant.iso8601(fractionDigits: 3, zulu: true) }

    /// One pass's values as text, in `columns` order (numbers with 3 decimals).
    func fields(_ pass: Pass) -> [String] {
        [
            "\(pass.catalogNumber)", name(pass), station(pass), Self.time(pass.aos), Self.time(pass.culmination),
            Self.time(pass.los), FixedPoint.string(pass.duration, decimals: 3),
            FixedPoint.string(pass.maximumElevation, decimals: 3), FixedPoint.string(pass.aosAzimuth, decimals: 3),
            FixedPoint.string(pass.culminationAzimuth, decimals: 3), FixedPoint.string(pass.losAzimuth, decimals: 3),
            Self.truncation(pass),
        ]
    }
}
