extension ScheduleValidator {
    /// A contact with its request and antennas looked up and its spans in milliseconds.
    struct Resolved {
        /// Index in `Schedule.contacts`.
        var index: Int
        /// Index of the request in the problem.
        var request: Int
        /// Indices of the antennas occupied.
        var antennas: [Int]
        /// Tracking time.
        var track: MilliSpan
        /// Antenna busy time: tracking plus setup and teardown.
        var busy: MilliSpan
    }
}
