import ArgumentParser

/// The frame of `concord propagate`'s states.
enum ReferenceFrame: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// True Equator Mean Equinox: SGP4's own output frame.
    case teme
    /// Earth-fixed ITRF (GMST-82 rotation, no polar motion, UT1 = UTC), Earth-relative velocity.
    case itrf

    /// The CCSDS `REF_FRAME` value.
    var ccsdsName: String { rawValue.uppercased() }
}

/// The encoding of `concord propagate`'s output.
enum EphemerisFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Comma-separated values with a header line.
    case csv
    /// CCSDS Orbit Ephemeris Message 2.0, keyword = value notation.
    case oem
}

/// The encoding of `concord passes`' output.
enum PassFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns for reading.
    case table
    /// Comma-separated values with a header line.
    case csv
    /// A JSON array of pass objects.
    case json
}
