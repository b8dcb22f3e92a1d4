import Orbits

/// Writes states as CSV: `time,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s`, with a leading
/// `norad` column when several objects share the file. Times are ISO-8601 UTC with
/// milliseconds and `Z`; positions in km with 6 decimals (mm), velocities in km/s with 9 (µm/s).
struct StateCSVWriter {
    /// The column names after the optional `norad` column.
    static let stateColumns = "time,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s"

    /// Whether rows start with the NORAD catalog number.
    var includesCatalogNumber: Bool

    /// The header line, with its newline.
    var header: String {
        (includesCatalogNumber ? "norad," : "") + Self.stateColumns + "\n"
    }

    /// Appends one row: the object's number (if included), the preformatted time, the state.
    func appendRow(
        catalogNumber: Int, time: [UInt8], position: SIMD3<Double>, velocity: SIMD3<Double>, to out: inout [UInt8]
    ) {
        if includesCatalogNumber {
            FixedPoint.appendDigits(UInt64(catalogNumber), width: 1, to: &out)
            out.append(UInt8(ascii: ","))
        }
        out.append(contentsOf: time)
        for axis in 0..<3 {
            out.append(UInt8(ascii: ","))
            FixedPoint.append(position[axis], decimals: 6, to: &out)
        }
        for axis in 0..<3 {
            out.append(UInt8(ascii: ","))
            FixedPoint.append(velocity[axis], decimals: 9, to: &out)
        }
        out.append(10)
    }
}
