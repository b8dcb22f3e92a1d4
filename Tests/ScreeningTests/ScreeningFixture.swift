import Foundation
import Orbits

@testable import Screening

/// The committed subset and its reference screen (Fixtures/, see the TSV's header): 262
/// objects of the 2023-09-04 full catalog with the ISS and CSS families, screened by
/// Benchmarks/screening/reference_screen.py (python-sgp4 + cKDTree + scipy) for 24 h from
/// 2023-09-04T00:00:00Z at 10 km.
enum ScreeningFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// One reference event.
    struct Event {
        var ids: Set<Int>
        var tcaSeconds: Double
        var miss: Double
        var speed: Double
        var comoving: Bool
        var boundary: Bool
    }

    static let start = try! Instant(iso8601: "2023-09-04T00:00:00Z")

    static func catalog() throws -> [MeanElements] {
        let text = try String(contentsOf: folder.appendingPathComponent("iss_subset_2023-09-04.3le"), encoding: .utf8)
        let catalog = TLECatalog(text: text)
        precondition(catalog.errors.isEmpty)
        return catalog.elements
    }

    static func events() throws -> [Event] {
        let text = try String(
            contentsOf: folder.appendingPathComponent("iss_subset_reference_10km_24h.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t").map(String.init)
            return Event(
                ids: [Int(f[0])!, Int(f[1])!], tcaSeconds: Double(f[2])!, miss: Double(f[3])!, speed: Double(f[4])!,
                comoving: f[5].contains("comoving"), boundary: f[5].contains("boundary"))
        }
    }

    /// The screen the reference was made with (10 km, 24 h), run once for the suite.
    static let report: ScreeningReport = {
        let screener = try! Screener(
            catalog: try! catalog(),
            options: ScreeningOptions(start: start, spanSeconds: 86_400, threshold: .distance(km: 10)))
        return screener.run()
    }()
}
