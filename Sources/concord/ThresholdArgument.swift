import ArgumentParser
import Screening

/// `--threshold`: `5km`, `500m`, `5` (km), or an R×T×N ellipsoid `0.5x5x2km`.
struct ThresholdArgument: ExpressibleByArgument, Sendable {
    /// The threshold.
    var value: ScreeningThreshold

    init(_ value: ScreeningThreshold) { self.value = value }

    init?(argument: String) {
        var text = Substring(argument.lowercased())
        var scale = 1.0
        if text.hasSuffix("km") {
            text = text.dropLast(2)
        } else if text.hasSuffix("m") {
            text = text.dropLast()
            scale = 0.001
        }
        let parts = text.split(separator: "x", omittingEmptySubsequences: false).map { Double($0).map { $0 * scale } }
        guard parts.allSatisfy({ ($0 ?? 0) > 0 && $0!.isFinite }) else { return nil }
        switch parts.count {
        case 1: value = .distance(km: parts[0]!)
        case 3: value = .ellipsoid(radialKm: parts[0]!, transverseKm: parts[1]!, normalKm: parts[2]!)
        default: return nil
        }
    }

    var defaultValueDescription: String { "5km" }
}
