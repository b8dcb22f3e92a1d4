/// The covariance of an object's state in its RTN frame (508.0-B-1 §3.5): the 21 position–
/// velocity entries, optionally followed by the drag (`CDRG_*`, 7), solar-radiation-pressure
/// (`CSRP_*`, 8) and thrust (`CTHR_*`, 9) rows. Lower triangle, row by row, SI units
/// (m², m²/s, m²/s², m³/kg …).
public struct CDMCovariance: Sendable, Hashable {
    /// 21, 28, 36 or 45 lower-triangle entries in CCSDS order (`CR_R`, `CT_R`, `CT_T`, … `CTHR_THR`).
    public var values: [Double]

    /// A covariance from its lower-triangle entries (21, 28, 36 or 45).
    public init(values: [Double]) {
        precondition([21, 28, 36, 45].contains(values.count), "a CDM covariance has 21, 28, 36 or 45 entries")
        self.values = values
    }

    /// The 6×6 position–velocity part.
    public var positionVelocity: Covariance6 { Covariance6(lowerTriangle: Array(values.prefix(21))) }

    /// True when the drag row (`CDRG_*`) is present.
    public var hasDragRow: Bool { values.count >= 28 }
    /// True when the SRP row (`CSRP_*`) is present.
    public var hasSRPRow: Bool { values.count >= 36 }

    /// Row and column symbols in CCSDS order.
    static let symbols = ["R", "T", "N", "RDOT", "TDOT", "NDOT", "DRG", "SRP", "THR"]

    /// The 45 covariance keywords in order (`CR_R`, `CT_R`, `CT_T`, … `CTHR_THR`).
    static let keywords: [String] = {
        var names: [String] = []
        for i in 0..<9 {
            for j in 0...i { names.append("C\(symbols[i])_\(symbols[j])") }
        }
        return names
    }()

    /// Index of each keyword in ``keywords``.
    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: keywords.enumerated().map { ($1, $0) })

    /// The SI unit of entry `k` (CCSDS unit spelling).
    static func unit(_ k: Int) -> String {
        var row = 0
        while (row + 1) * (row + 2) / 2 <= k { row += 1 }
        let column = k - row * (row + 1) / 2
        let kinds = [row, column].map { $0 < 3 ? "p" : ($0 < 6 ? "v" : ($0 < 8 ? "c" : "t")) }.sorted().joined()
        switch kinds {
        case "pp": return "m**2"
        case "pv": return "m**2/s"
        case "vv": return "m**2/s**2"
        case "cp": return "m**3/kg"
        case "cv": return "m**3/(kg*s)"
        case "cc": return "m**4/kg**2"
        case "pt": return "m**2/s**2"
        case "tv": return "m**2/s**3"
        case "ct": return "m**3/(kg*s**2)"
        default: return "m**2/s**4"
        }
    }
}
