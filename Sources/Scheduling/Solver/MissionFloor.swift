/// A floor under every mission: mission `m` must receive at least
/// `min((1 − U) × wanted_m, alone_m)`, where `wanted_m` is the time its requests want and
/// `alone_m` what it could get with the network to itself, and `U` an unsatisfied fraction
/// either given or found by the solver.
///
/// A given `U` is approached as a found one is, by the floor search from the throughput
/// schedule through the floors above it, the search stopping at `U`; when `U` cannot be held
/// the schedule holds the lowest floor above it the search reached (reported as the floor),
/// which the exact windows, when they run, lower further toward `U` (`Scheduler.lowerFloor`).
/// With a floor the solver holds it as a hard constraint (in place of the partner guarantee):
/// every move is judged by served time less the highest penalty per millisecond below a floor,
/// and the dual phase prices each mission's floor as it prices the partner guarantee. The
/// largest mission unsatisfied fraction of the result is then at most
/// `max(U, max_m (1 − alone_m / wanted_m))`.
///
/// When `unsatisfied` is nil the solver looks for the smallest `U` it can hold, by bisection
/// between `max_m (1 − alone_m / wanted_m)` (no schedule's largest unsatisfied fraction can be
/// lower) and that of the throughput schedule (which holds it by construction), each step a
/// fast repair of the throughput schedule; it then spends the rest of the budget maximising
/// served time under that floor.
public struct MissionFloor: Sendable, Hashable {
    /// The floor's unsatisfied fraction `U`, in `0 ... 1`; nil for the smallest one the solver
    /// can hold.
    public var unsatisfied: Double?
    /// Each mission's contact time with the network to itself, seconds, in the order of
    /// `CompiledProblem.missions`, when known (for example from an exact solver); computed by
    /// the solver when nil.
    public var aloneSeconds: [Double]?
    /// Bisection steps when `unsatisfied` is nil (each halves the interval searched).
    public var bisectionSteps: Int
    /// When `unsatisfied` is nil: how far above the smallest `U` it held the solver settles
    /// at the end, so that the last packing can take a little fairness for more served time
    /// (the smallest floor held costs hours; see docs/scheduling-log.md, sessions 16–17). 0 settles
    /// at the smallest `U` found; the default, 0.01, met CP-SAT's point on the DSN weeks in 15
    /// runs of 40 against 13 at 0.
    public var margin: Double

    /// Creates a floor; `unsatisfied` nil lets the solver find it.
    public init(
        unsatisfied: Double? = nil, aloneSeconds: [Double]? = nil, bisectionSteps: Int = 6, margin: Double = 0.01
    ) {
        self.unsatisfied = unsatisfied
        self.aloneSeconds = aloneSeconds
        self.bisectionSteps = bisectionSteps
        self.margin = margin
    }

    /// Each mission's floor, milliseconds (rounded up): `min((1 − U) × wanted, alone)`.
    static func millis(unsatisfied: Double, wanted: [Int], alone: [Int]) -> [Int] {
        let kept = min(1, max(0, 1 - unsatisfied))
        return wanted.indices.map { m in
            min(Int((kept * Double(wanted[m]) - 1e-6).rounded(.up)), alone[m])
        }
    }

    /// The lowest largest-unsatisfied-fraction any schedule can have given each mission's alone
    /// time: `max_m (1 − alone_m / wanted_m)`, at least 0.
    static func lowest(wanted: [Int], alone: [Int]) -> Double {
        wanted.indices.filter { wanted[$0] > 0 }.reduce(0.0) { worst, m in
            max(worst, 1 - Double(alone[m]) / Double(wanted[m]))
        }
    }

    /// The smallest `U` whose floor a schedule giving `received[m]` milliseconds to mission `m`
    /// holds: `max_m (1 − received_m / wanted_m)` over the missions below their alone time
    /// (a mission at its alone time holds every floor), at least 0.
    static func held(received: [Int], wanted: [Int], alone: [Int]) -> Double {
        wanted.indices.filter { wanted[$0] > 0 && received[$0] < alone[$0] }.reduce(0.0) { worst, m in
            max(worst, 1 - Double(received[m]) / Double(wanted[m]))
        }
    }

    /// The largest unsatisfied fraction `max_m (1 − received_m / wanted_m)` of a schedule giving
    /// `received[m]` milliseconds to mission `m`.
    static func largestUnsatisfied(received: [Int], wanted: [Int]) -> Double {
        wanted.indices.filter { wanted[$0] > 0 }.reduce(0.0) { worst, m in
            max(worst, 1 - Double(min(received[m], wanted[m])) / Double(wanted[m]))
        }
    }
}
