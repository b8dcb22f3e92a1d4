import Testing

@testable import Scheduling

/// The exact window program (`WindowProgram`): its rows hold exactly the search's rules, so
/// that a choice it allows is a choice the search could make, and the reverse.
@Suite("Solver: the exact window program")
struct WindowProgramTests {
    /// True when the candidates of `choice` (columns of `program`) can all be added to `fixed`
    /// one by one, each fitting (`SearchState.fits`), and every account then receives at
    /// least `floor` (or `held`, when less).
    static func searchAllows(
        _ choice: [Bool], program: WindowProgram, fixed: SearchState, floor: [Int]? = nil, held: [Int]? = nil
    ) -> Bool {
        var state = fixed
        for (column, chosen) in choice.enumerated() where chosen {
            let id = program.candidates[column]
            guard state.fits(id) else { return false }
            state.insert(id)
        }
        guard let floor else { return true }
        return floor.indices.allSatisfy { state.received[$0] >= min(floor[$0], held?[$0] ?? Int.max) }
    }

    /// Every subset of a random full-pass instance's candidates (antenna setup and teardown,
    /// one spacecraft at a time, each request's number of contacts): the program and the
    /// search agree on each.
    @Test("full passes: the program allows exactly what the search allows", arguments: 1...12)
    func fullPasses(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let compiled = try CompiledProblem(SolverTests.randomInstance(&random))
        let set = CandidateSet(problem: compiled)
        let fixed = SearchState(set: set)
        let program = WindowProgram(fixed: fixed, free: set.candidates.indices.map(Int32.init))
        #expect(program.candidates.count == set.candidates.count)
        let count = program.candidates.count
        try #require(count <= 16)
        var allowed = 0
        for mask in 0..<(1 << count) {
            let choice = (0..<count).map { mask & (1 << $0) != 0 }
            let agrees = program.isFeasible(choice) == Self.searchAllows(choice, program: program, fixed: fixed)
            #expect(agrees, "seed \(seed), mask \(mask)")
            if !agrees { return }
            if program.isFeasible(choice) { allowed += 1 }
        }
        #expect(allowed > count)
    }

    /// A flexible request with a minimum gap, a count and a total, beside another spacecraft's
    /// pass (`GapMinimumTwoAntennaTests`), that pass fixed: every subset of the rest (15 on the
    /// solver's grid), without a floor, under a floor of 600 s a mission (two of r's contacts at least),
    /// and under that floor where r held only 300 s (one contact suffices).
    @Test("gaps, totals and floors: the program allows exactly what the search allows")
    func gapsTotalsAndFloors() throws {
        let compiled = try CompiledProblem(GapMinimumTwoAntennaTests.problem(least: nil))
        let set = CandidateSet(problem: compiled, byMission: true)
        var fixed = SearchState(set: set)
        let first = try #require(set.candidates.indices.first { set.candidates[$0].request == 1 })
        fixed.insert(Int32(first))
        let free = set.candidates.indices.filter { $0 != first }.map(Int32.init)
        let floor = [Int](repeating: 600_000, count: set.accountCount)
        let held = [Int](repeating: 300_000, count: set.accountCount)
        for (floor, held) in [(nil, nil), (floor, nil), (floor, held)] as [([Int]?, [Int]?)] {
            let program = WindowProgram(fixed: fixed, free: free, floorMillis: floor, held: held)
            let count = program.candidates.count
            #expect(count > 10)
            try #require(count <= 16)
            var allowed = 0
            for mask in 0..<(1 << count) {
                let choice = (0..<count).map { mask & (1 << $0) != 0 }
                let agrees =
                    program.isFeasible(choice)
                    == Self.searchAllows(choice, program: program, fixed: fixed, floor: floor, held: held)
                #expect(agrees)
                if !agrees { return }
                if program.isFeasible(choice) { allowed += 1 }
            }
            #expect(allowed > count)
        }
    }

    /// The near-optimal paths of one relaxation step: with no slack, every candidate of the
    /// step's own (optimal) choice on each antenna; with unbounded slack, every available
    /// candidate of positive reduced worth; more slack, never fewer.
    @Test("near-optimal paths hold the relaxation's choice and grow with the slack", arguments: 1...6)
    func nearOptimalPaths(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let compiled = try CompiledProblem(SolverTests.randomInstance(&random, spacecraft: 12, antennas: 3))
        let set = CandidateSet(problem: compiled)
        var guide = LagrangianGuide(set: set)
        let ones = [Double](repeating: 1, count: set.accountCount)
        for _ in 0..<5 { _ = guide.iterate(weights: ones, target: 2_000, threads: 1) }
        let (_, chosen) = guide.iterate(weights: ones, target: 2_000, threads: 1)
        let tight = Set(guide.nearOptimal(within: 0))
        let loose = Set(guide.nearOptimal(within: 300))
        let all = Set(guide.nearOptimal(within: .infinity))
        #expect(Set(chosen.filter { guide.reduced[Int($0)] > 0 }).isSubset(of: tight))
        #expect(tight.isSubset(of: loose) && loose.isSubset(of: all))
        let positive = Set(set.candidates.indices.filter { guide.reduced[$0] > 0 }.map(Int32.init))
        #expect(all == positive)
    }
}

extension WindowProgramTests {
    /// A program's CBC solution file as CBC writes it: the status line, then index, name,
    /// value and reduced cost per column.
    @Test("a CBC solution file gives the choice it holds, and none without an integer solution")
    func solutionFiles() throws {
        var random = TestRandom(seed: 3)
        let compiled = try CompiledProblem(SolverTests.randomInstance(&random))
        let set = CandidateSet(problem: compiled)
        let program = WindowProgram(fixed: SearchState(set: set), free: set.candidates.indices.map(Int32.init))
        let lines =
            "      0 x0                     1                      -3\n      2 x2                     0   -2.5\n"
        var expected = [Bool](repeating: false, count: program.candidates.count)
        expected[0] = true
        #expect(program.choice(fromSolution: "Optimal - objective value -3.00000000\n" + lines) == expected)
        #expect(program.choice(fromSolution: "Stopped on time - objective value -3\n" + lines) == expected)
        #expect(program.choice(fromSolution: "Infeasible - objective value -3\n" + lines) == nil)
        let continuous = "Stopped on time (no integer solution - continuous used) - objective value 65\n"
        #expect(program.choice(fromSolution: continuous + lines) == nil)
        #expect(program.choice(fromSolution: "Optimal - objective value 0\n      0 y0 1 0\n") == nil)
        // Shortfall columns follow from the choice.
        #expect(
            program.choice(fromSolution: "Optimal - objective value -3\n" + lines + "      9 s0   12.5   0\n")
                == expected)
        let start = program.startFile(expected)
        #expect(start.hasPrefix("Feasible - objective value -"))
        #expect(start.hasSuffix("\n0 x0 1\n"))
    }

    /// The program over every candidate of the gap-and-minimum case
    /// (`GapMinimumTwoAntennaTests.problem`), accounts by mission, nothing fixed.
    static func gapProgram(
        floorMillis: [Int]? = nil, targetMillis: [Int]? = nil, penalty: Double = 0
    ) throws -> WindowProgram {
        let set = CandidateSet(
            problem: try CompiledProblem(GapMinimumTwoAntennaTests.problem(least: nil)), byMission: true)
        return WindowProgram(
            fixed: SearchState(set: set), free: set.candidates.indices.map(Int32.init), floorMillis: floorMillis,
            targetMillis: targetMillis, penalty: penalty)
    }

    /// The MPS text: one `L` or `G` row per row, every column binary, the worth negated.
    @Test("the program as MPS")
    func mpsText() throws {
        let program = try Self.gapProgram(floorMillis: [600_000, 600_000])
        let lines = program.mps.split(separator: "\n")
        #expect(lines.first == "NAME          WINDOW")
        #expect(lines.last == "ENDATA")
        #expect(lines.filter { $0.hasPrefix(" L  r") }.count == program.rows.filter { $0.upper.isFinite }.count)
        #expect(lines.filter { $0.hasPrefix(" G  r") }.count == 2)
        #expect(lines.filter { $0.hasPrefix(" BV bnd") }.count == program.candidates.count)
        let objective = "    x0    obj    \(WindowProgram.number(-program.worth[0]))"
        #expect(lines.contains(Substring(objective)))
        #expect(WindowProgram.number(-650) == "-650")
        #expect(!lines.contains { $0.hasPrefix(" G  t") || $0.hasPrefix(" UP") })
    }

    /// Soft targets: a `G` row and a priced shortfall column, bounded by the target, per
    /// account short of its target; the worth of a choice is less the price of what is missing.
    @Test("soft targets in the program and its MPS")
    func softTargets() throws {
        let program = try Self.gapProgram(targetMillis: [600_000, 0], penalty: 4)
        #expect(program.targets.count == 1)
        #expect(program.targets[0].lower == 600)
        let none = [Bool](repeating: false, count: program.candidates.count)
        #expect(program.shortfall(of: none) == 600)
        #expect(program.worth(of: none) == -2400)
        let first = try #require(program.targets[0].columns.first)
        var one = none
        one[Int(first)] = true
        let length = program.targets[0].coefficients[0]
        #expect(program.shortfall(of: one) == max(0, 600 - length))
        #expect(abs(program.worth(of: one) - (program.worth[Int(first)] - 4 * max(0, 600 - length))) < 1e-9)
        let lines = program.mps.split(separator: "\n")
        #expect(lines.contains(" G  t0"))
        #expect(lines.contains("    s0    obj    4"))
        #expect(lines.contains("    s0    t0    1"))
        #expect(lines.contains("    rhs    t0    600"))
        #expect(lines.contains(" UP bnd    s0    600"))
        #expect(WindowProgram.number(0.25) == "0.25")
    }

    /// CBC (when `cbc` is on PATH) against enumeration: on random full-pass instances, with
    /// and without a floor, and with soft targets, the program's optimum by every subset, and
    /// CBC's choice worth as much.
    @Test(
        "CBC finds the program's optimum", .enabled(if: CBCSolver.onPath() != nil, "cbc not on PATH: skipped"),
        arguments: 1...8)
    func cbcOptimum(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        let compiled = try CompiledProblem(SolverTests.randomInstance(&random))
        let set = CandidateSet(problem: compiled)
        let solver = try #require(CBCSolver.onPath())
        let floor = [Int](repeating: 900_000, count: set.accountCount)
        // Targets beyond what some accounts can reach: the shortfall priced at 3 per second.
        let target = [Int](repeating: 2_400_000, count: set.accountCount)
        for (floor, target) in [(nil, nil), (floor, nil), (nil, target)] {
            let program = WindowProgram(
                fixed: SearchState(set: set), free: set.candidates.indices.map(Int32.init), floorMillis: floor,
                targetMillis: target, penalty: 3)
            let count = program.candidates.count
            var best: Double? = nil
            for mask in 0..<(1 << count) {
                let choice = (0..<count).map { mask & (1 << $0) != 0 }
                if program.isFeasible(choice) { best = max(best ?? 0, program.worth(of: choice)) }
            }
            let found = solver.solve(program, seconds: 10, start: nil)
            if let best {
                let choice = try #require(found, "seed \(seed)")
                #expect(program.isFeasible(choice))
                #expect(abs(program.worth(of: choice) - best) < 1e-6, "seed \(seed)")
            } else {
                #expect(found == nil, "seed \(seed): the floor cannot be held")
            }
        }
    }
}
