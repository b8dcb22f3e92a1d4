import Orbits

extension ServicePackageRequest {
    /// An element by name and line, for constraints that are read but not modelled.
    public struct ElementReference: Sendable, Hashable {
        /// The element's local name.
        public var name: String
        /// 1-based line of the element.
        public var line: Int
    }

    /// A lower and an upper bound, either optional (seconds).
    public struct Bounds: Sendable, Hashable {
        /// The lower bound, when given.
        public var minimum: Int?
        /// The upper bound, when given.
        public var maximum: Int?
    }

    /// An `apertureSelection`: a site (and optionally one aperture there) the passes may use,
    /// with a preference rank (1 = most preferred) when several are offered.
    public struct ApertureChoice: Sendable, Hashable {
        /// `siteRef`.
        public var siteRef: String
        /// `apertureRef`, when one aperture is named.
        public var apertureRef: String?
        /// `priority` (≥ 1; 1 is the most preferred), when given.
        public var priority: Int?
    }

    /// A `basicPass`: one pass, at a preferred start with a preferred length, possibly moved
    /// between the earliest and latest start and shortened or lengthened within the bounds.
    public struct BasicPass: Sendable, Hashable {
        /// `preferredStartTime`.
        public var preferredStart: Instant
        /// `earliestStartTime`, when given.
        public var earliestStart: Instant?
        /// `latestStartTime`, when given.
        public var latestStart: Instant?
        /// `preferredDuration`, seconds.
        public var preferredSeconds: Int
        /// `minimumDuration`, seconds, when given.
        public var minimumSeconds: Int?
        /// `maxDuration`, seconds, when given.
        public var maximumSeconds: Int?
    }

    /// A `standingOrder`: passes repeated over a period.
    public struct StandingOrder: Sendable, Hashable {
        /// `standingOrderStartTime`.
        public var start: Instant
        /// `standingOrderDuration`, seconds.
        public var durationSeconds: Int
        /// `minNumOfPasses`, when given.
        public var minPasses: Int?
        /// `maxNumOfPasses`, when given.
        public var maxPasses: Int?

        /// The end of the period.
        public var end: Instant { start.adding(seconds: Double(durationSeconds)) }
    }

    /// A day of the week (902.9 `DaysOfWeekType`).
    public enum Weekday: String, Sendable, Hashable, CaseIterable {
        case monday = "MONDAY", tuesday = "TUESDAY", wednesday = "WEDNESDAY", thursday = "THURSDAY"
        case friday = "FRIDAY", saturday = "SATURDAY", sunday = "SUNDAY"

        /// The UTC weekday of `instant`'s day.
        public init(of instant: Instant) {
            // The Julian day number modulo 7 is 0 on Mondays.
            let number = Int((instant.julianDay + 0.5).rounded())
            self = Self.allCases[((number % 7) + 7) % 7]
        }
    }

    /// A `passDailyTime`: on the listed weekdays (every day when none is listed), passes lie
    /// between times of day, seconds after midnight UTC.
    public struct PassDailyTime: Sendable, Hashable {
        /// `daysForPasses`; empty means every day.
        public var days: [Weekday]
        /// `earliestPassStart`, seconds after midnight UTC, when given.
        public var earliestStart: Int?
        /// `latestPassStart`, when given.
        public var latestStart: Int?
        /// `earliestPassEnd`, when given.
        public var earliestEnd: Int?
        /// `latestPassEnd`, when given.
        public var latestEnd: Int?
        /// 1-based line of the element.
        public var line: Int

        /// True when passes may be taken on `day`.
        public func applies(on day: Weekday) -> Bool { days.isEmpty || days.contains(day) }
    }
}
