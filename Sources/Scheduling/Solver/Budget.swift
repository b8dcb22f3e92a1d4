import Dispatch

/// The solver's budget: a number of epochs, a wall-clock limit, or both (whichever ends
/// first); 50 epochs when neither is given. Phases get fractions of it.
struct Budget: Sendable {
    /// Epochs of the main search, when limited.
    let epochs: Int?
    /// When the run started, nanoseconds of uptime.
    let started: UInt64
    /// The search's wall-clock limit, nanoseconds, when limited (the whole limit less the
    /// exact windows' share).
    let limit: UInt64?

    /// The whole wall-clock limit, nanoseconds, when limited: `limit` plus the exact windows'
    /// share (`SchedulerOptions.exactWindowShare`).
    let wholeLimit: UInt64?

    /// The budget of `options`, starting at `started`: the search's phases share the time
    /// before the exact windows' share, when the windows run.
    init(options: SchedulerOptions, started: UInt64) {
        self.started = started
        let windows = options.missionFloor != nil || !options.enforceFairness
        let search = options.windowSolver != nil && windows ? 1 - min(0.9, max(0, options.exactWindowShare)) : 1
        limit = options.timeLimitSeconds.map { UInt64(max(0, $0) * search * 1e9) }
        wholeLimit = options.timeLimitSeconds.map { UInt64(max(0, $0) * 1e9) }
        epochs = options.epochs ?? (options.timeLimitSeconds == nil ? 50 : nil)
    }

    /// The instant 98% of the time is spent, or nil without a time limit: repairs still under
    /// way then stop (`SearchChain.repairDeadline`), leaving the rest for stretching the
    /// contacts and writing the schedule.
    var end: UInt64? { limit.map { started + UInt64(Double($0) * 0.98) } }

    /// The instant the exact windows stop (95% of the whole limit: CBC may overrun its own
    /// limit a little), or nil without a limit.
    var windowsEnd: UInt64? { wholeLimit.map { started + UInt64(Double($0) * 0.95) } }

    /// The instant (uptime nanoseconds) at which `fraction` of the time is spent, or nil
    /// without a time limit. Phases end by 95% of the limit, leaving the rest for the last
    /// move in flight and for writing the schedule.
    func phaseDeadline(_ fraction: Double) -> UInt64? {
        limit.map { started + UInt64(Double($0) * fraction * 0.95) }
    }
}
