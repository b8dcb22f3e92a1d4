import Foundation
import Scheduling
import Testing

extension FairnessPriceTests {
    /// `Benchmarks/scheduling/milp.py`: the exact throughput and fair optima (HiGHS, clique
    /// inequalities, candidates built from the problem's rules in Python), the reference for
    /// instances too large to enumerate.
    static let milp = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Benchmarks/scheduling/milp.py").standardized

    /// What `milp.py --fair` proves of a problem: the throughput optimum, each partner's alone
    /// optimum and the fair optimum (seconds).
    struct ExactFair: Decodable {
        struct Solve: Decodable { var served: Double }
        var throughput: Solve
        var fair: Solve
        var aloneSeconds: [Double]
    }

    /// The exact optima of `problem`, or nil when python3 with highspy is missing.
    static func exactFair(_ problem: ScheduleProblem) throws -> ExactFair? {
        try PythonReference.withScratchDirectory { directory in
            let problemFile = directory.appendingPathComponent("problem.json")
            let resultFile = directory.appendingPathComponent("result.json")
            try problem.encoded().write(to: problemFile)
            let run = try PythonReference.run(
                script: milp, arguments: [problemFile.path, "--fair", "--threads", "1", "--json", resultFile.path])
            guard run.status == 0 else { return nil }
            return try JSONDecoder().decode(ExactFair.self, from: Data(contentsOf: resultFile))
        }
    }

    /// The price goal beyond enumeration: on the instances of 12 spacecraft on 3 antennas
    /// (22–36 whole-pass candidates, shares 5:3:2; 48 at a 2% tolerance and 12 at 5%), with
    /// the exact alone values given, the solver holds the guarantee and serves at least the
    /// exact fair optimum less one percentage point of the throughput optimum. The MILP shares
    /// nothing with the solver. Measured in session 22, at 2%: before the exact neighbourhoods
    /// packed the fair schedule (`SearchChain.improveByWindows`), 14 of the 48 ended below
    /// that: 13 by 1.6–36% of the fair optimum, one with nothing where 2074 s hold (seed 13,
    /// instance 0);
    /// more search did not help (12 short at 40 epochs of 40 moves, 11 at 200). Now all 48
    /// serve exactly the fair optimum (0 s on 4: there only the empty schedule holds), and so
    /// do all 48 of the same seeds at 5%. At a tolerance of 0 (not asserted here), 47 of 48
    /// do; the last (seed 31, instance 3) ends at 4821 s without holding, where the MILP
    /// finds that only the empty schedule holds (docs/scheduling-log.md, session 22).
    @Test(
        "serves within the exact price plus one point on instances too large to enumerate",
        .enabled(if: PythonReference.has("highspy"), "python3 with highspy is absent: the MILP reference is skipped"),
        arguments: [31, 7, 99, 2026, 5, 11, 13, 17].map { ($0, 0.02) } + [(31, 0.05), (7, 0.05)] as [(UInt64, Double)])
    func priceWithinOnePointBeyondEnumeration(seed: UInt64, tolerance: Double) throws {
        var random = TestRandom(seed: seed)
        for instance in 0..<6 {
            let problem = Self.beyondEnumeration(&random, tolerance: tolerance)
            let exact = try #require(
                try Self.exactFair(problem), "milp.py failed on seed \(seed), instance \(instance)")
            let options = SchedulerOptions(
                seed: UInt64(instance + 1), timeLimitSeconds: nil, epochs: 10, movesPerEpoch: 10, threads: 2,
                enforceFairness: true, aloneSeconds: exact.aloneSeconds)
            let result = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
            let name = "seed \(seed), instance \(instance), tolerance \(tolerance)"
            #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty, "\(name)")
            #expect(result.metrics.guaranteeHolds, "\(name): \(result.metrics.partners)")
            #expect(
                result.metrics.servedSeconds >= exact.fair.served - 0.01 * exact.throughput.served - 1e-3,
                "\(name): \(result.metrics.servedSeconds) s against the fair optimum \(exact.fair.served) s")
        }
    }
}
