import Foundation
import Screening

/// The progress line of `concord screen` on standard error (rewritten in place).
enum ScreenProgressLine {
    /// `screen: nodes 1200/2881 (42%), 3512 candidate windows, 12.3 s`.
    static func print(_ progress: ScreeningProgress, since start: Double) {
        let elapsed = BenchTiming.wallSeconds() - start
        let percent = progress.total > 0 ? 100 * progress.completed / progress.total : 100
        let line =
            "\rscreen: \(progress.phase.rawValue) \(progress.completed)/\(progress.total) (\(percent)%), "
            + "\(progress.candidates) candidate windows, \(FixedPoint.string(elapsed, decimals: 1)) s"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the line with the totals.
    static func finish(_ report: ScreeningReport, since start: Double) {
        let elapsed = BenchTiming.wallSeconds() - start
        let line =
            "\rscreen: \(report.statistics.objects) objects, \(report.statistics.nodes) nodes, "
            + "\(report.statistics.candidatePairs) candidate pairs, \(report.conjunctions.count) conjunctions, "
            + "\(report.failures.count) failures, \(FixedPoint.string(elapsed, decimals: 1)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
