import Foundation

/// COIN-OR CBC, the branch-and-cut MILP solver (Debian: `coinor-cbc`), run as a separate
/// process on one ``WindowProgram`` at a time: the program goes in as MPS with the current
/// choice as its MIP start, the best solution found comes back from CBC's solution file.
///
/// A process rather than the C library: CBC 2.10's library crashed the solver here (a null
/// pointer in `CglPreProcess::postProcess` when its time limit struck during pre-processing),
/// and a crash in a separate process costs one window, not the schedule. Writing and reading
/// a window's files takes milliseconds beside CBC's seconds.
public struct CBCSolver: Sendable, Hashable {
    /// The `cbc` executable.
    public var executable: String

    /// CBC at `executable`.
    public init(executable: String) {
        self.executable = executable
    }

    /// The first executable `cbc` on `PATH` (of `environment`), or nil when there is none.
    public static func onPath(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> CBCSolver? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let path = "\(folder)/cbc"
            if FileManager.default.isExecutableFile(atPath: path) { return CBCSolver(executable: path) }
        }
        return nil
    }

    /// The best 0-1 choice CBC finds for `program` in about `seconds` (at a relative gap of
    /// 1e-4), starting from `start` when that is feasible; nil when CBC finds none, fails or
    /// overruns its limit by more than `grace` seconds (CBC checks its limit between nodes;
    /// pre-processing a large program can take longer). What comes back is checked against the
    /// program's rows, so that no slip of the solver reaches a schedule.
    func solve(_ program: WindowProgram, seconds: Double, start: [Bool]?, grace: Double = 5) -> [Bool]? {
        guard !program.candidates.isEmpty else { return [] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "concord-cbc-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("window.mps")
        let startFile = folder.appendingPathComponent("start.txt")
        let solution = folder.appendingPathComponent("solution.txt")
        var arguments = [model.path]
        do {
            try Data(program.mps.utf8).write(to: model)
            if let start, program.isFeasible(start) {
                try Data(program.startFile(start).utf8).write(to: startFile)
                arguments += ["-mipstart", startFile.path]
            }
        } catch {
            return nil
        }
        arguments += [
            "-seconds", String(max(0.05, seconds)), "-ratioGap", "1e-4", "-solve", "-solution",
            solution.path,
        ]
        guard run(arguments, limit: seconds + grace),
            let text = try? String(contentsOf: solution, encoding: .utf8),
            let choice = program.choice(fromSolution: text), program.isFeasible(choice)
        else { return nil }
        return choice
    }

    /// Runs CBC with `arguments`, its output discarded; true when it exits normally within
    /// `limit` seconds (else it is terminated).
    private func run(_ arguments: [String], limit: Double) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return false
        }
        if finished.wait(timeout: .now() + limit) == .timedOut {
            process.terminate()
            finished.wait()
            return false
        }
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}
