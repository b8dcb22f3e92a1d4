extension ScheduleProblem {
    /// How a contact sits inside its view period.
    public enum Placement: String, Codable, Sendable, Hashable, CaseIterable {
        /// Anywhere inside the view period, of any length the request allows.
        case flexible
        /// Exactly the whole view period, clipped to the request's window (a LEO pass tracked
        /// from AOS to LOS). A view period whose length the request does not allow is unusable.
        case fullPass
    }
}
