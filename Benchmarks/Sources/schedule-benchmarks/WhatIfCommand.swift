import Foundation
import Scheduling

/// `whatif PROBLEM`: the problem solved as it is and under a scenario, printed partner by
/// partner (`WhatIf.compare`). Scenario: `--withdraw PARTNER` (its antennas leave; `largest`
/// picks the partner contributing the most antennas), `--equal-shares`, or
/// `--contribution-shares`. Options: `--time S` (each solve, default 10), `--seed N`,
/// `--threads N`.
struct WhatIfCommand {
    let arguments: Arguments

    func run() throws {
        guard let path = arguments.positional.first else { throw Failure(description: "whatif needs a problem file") }
        let problem = try ScheduleProblem.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        let scenario: WhatIfScenario
        if var partner = arguments.string("--withdraw") {
            if partner == "largest" {
                let counts = Dictionary(grouping: problem.antennas, by: \.owner).mapValues(\.count)
                partner = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
            }
            scenario = .withdrawAntennas(ofPartner: partner)
        } else if arguments.flag("--equal-shares") {
            scenario = .equalShares
        } else if arguments.flag("--contribution-shares") {
            scenario = .proportionalToContribution
        } else {
            throw Failure(description: "whatif needs --withdraw PARTNER, --equal-shares or --contribution-shares")
        }
        let options = SchedulerOptions(
            seed: UInt64(arguments.number("--seed", 1)), timeLimitSeconds: arguments.number("--time", 10),
            threads: Int(arguments.number("--threads", 2)))
        let report = try WhatIf.compare(base: problem, scenario: scenario, options: options)
        print("scenario: \(scenario)")
        print(report.table)
    }
}
