import ArgumentParser
import Foundation
import Scheduling

/// `concord schedule what-if`: the same problem solved as it is and under other rules (other
/// shares, a partner's antennas withdrawn), and what every partner gains or loses.
struct ScheduleWhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "what-if",
        abstract: "Compare a problem's schedule with one under other shares or without a partner's antennas.",
        discussion: """
            Both runs use the same seed and budget. The changes given are applied in this order: \
            --share (or --equal-shares, --by-contribution), then each --withdraw. Prints one row \
            per partner: served time, share received, entitlement and shortfall, before → after.
            """)

    @Option(help: ArgumentHelp("The problem file (concord-schedule-problem JSON).", valueName: "file"))
    var problem: String

    @Option(help: ArgumentHelp("A partner's antennas leave the network (repeatable).", valueName: "partner"))
    var withdraw: [String] = []

    @Option(
        help: ArgumentHelp("A partner's entitlement, PARTNER=FRACTION (repeatable; normalised).", valueName: "id=share")
    )
    var share: [String] = []

    @Flag(name: .customLong("equal-shares"), help: "Every partner entitled to the same share.")
    var equalShares = false

    @Flag(name: .customLong("by-contribution"), help: "Shares follow the antenna time each partner contributes.")
    var byContribution = false

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Each run's budget, seconds.", valueName: "s"))
    var timeLimit: Double = 10

    @Option(help: "The solver's seed.")
    var seed: UInt64 = 1

    func validate() throws {
        let ruleCount = (share.isEmpty ? 0 : 1) + (equalShares ? 1 : 0) + (byContribution ? 1 : 0)
        guard ruleCount <= 1 else {
            throw ValidationError("give at most one of --share, --equal-shares and --by-contribution.")
        }
        guard ruleCount + withdraw.count > 0 else {
            throw ValidationError("give a scenario: --withdraw, --share, --equal-shares or --by-contribution.")
        }
        _ = try parsedShares()
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive.") }
    }

    /// `--share` values as a table; a usage error naming the malformed one.
    func parsedShares() throws -> [String: Double] {
        var shares: [String: Double] = [:]
        for item in share {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1]), value >= 0, value.isFinite,
                shares[String(parts[0])] == nil
            else {
                throw ValidationError("--share '\(item)': expected PARTNER=FRACTION, each partner once, not negative.")
            }
            shares[String(parts[0])] = value
        }
        return shares
    }

    /// The scenario the options describe.
    func scenario() throws -> WhatIfScenario {
        var parts: [WhatIfScenario] = []
        if !share.isEmpty { parts.append(.shares(try parsedShares())) }
        if equalShares { parts.append(.equalShares) }
        if byContribution { parts.append(.proportionalToContribution) }
        parts += withdraw.map { .withdrawAntennas(ofPartner: $0) }
        return parts.count == 1 ? parts[0] : .combined(parts)
    }

    func run() throws {
        let base = try ScheduleInputs.problem(problem)
        let report: WhatIfReport
        do {
            report = try WhatIf.compare(
                base: base, scenario: try scenario(), options: SchedulerOptions(seed: seed, timeLimitSeconds: timeLimit)
            )
        } catch let error as SchedulingError {
            throw CommandError(.invalidContent, file: problem, "\(error)")
        }
        print(report.table)
    }
}
