extension Scheduler {
    /// The final contacts of `state`'s selection: stretched into the free time around them
    /// (`Stretcher`), then slid so that others grow (`Shifter`, unless
    /// `SchedulerOptions.shiftsContacts` is off).
    func grown(_ state: SearchState) -> [Stretcher.Placed] {
        let stretched = Stretcher(state: state).stretched()
        return options.shiftsContacts ? Shifter(problem: problem, placed: stretched).shifted() : stretched
    }

    /// Tracking time per partner of placed contacts, milliseconds.
    static func receivedMillis(_ placed: [Stretcher.Placed], problem: CompiledProblem) -> [Int] {
        var received = [Int](repeating: 0, count: problem.shares.count)
        for contact in placed { received[problem.requests[contact.request].partner] += contact.track.length }
        return received
    }
}

extension [Stretcher.Placed] {
    /// Tracking time of every contact, milliseconds.
    var trackingMillis: Int { reduce(0) { $0 + $1.track.length } }
}
