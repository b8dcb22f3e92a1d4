import Orbits

/// Turns CCSDS 902.9 service package requests into problem requests
/// (`ScheduleProblem.Request`), and says what could not be carried over.
///
/// A standing order becomes one request: its period is the window, `maxNumOfPasses` the
/// `contacts`, `minNumOfPasses` the `minContacts`, `passDuration` the contact length
/// (`flexible` placement when a maximum is given, else `fullPass` with the minimum as the
/// shortest usable pass), `minIntBetweenPasses` the `minGapSeconds`, and the `passDailyTime`
/// windows on their weekdays the `allowedSpans`. A `basicPass` becomes a one-contact request
/// whose window runs from the earliest start to the latest start plus the longest duration.
/// Apertures become `resources`; priority comes from a `stringParameter name="priority"` on
/// the request (`routine`, `critical`, `emergency`) or ``Options/priority``.
public struct StandingOrderImport: Sendable {
    /// How names in the message map to the problem's.
    public struct Options: Sendable, Hashable {
        /// The partner the requests are for; default the message's `originatingOrganization`.
        public var partner: String?
        /// `spaceUserNode` → spacecraft id; names not listed are used as they are.
        public var spacecraft: [String: String]
        /// `apertureRef` (or `siteRef` when no aperture is named) → antenna or group id; names
        /// not listed are used as they are.
        public var resources: [String: String]
        /// The priority of requests that state none.
        public var priority: ScheduleProblem.Priority

        /// Creates options; by default names carry over unchanged and priority is routine.
        public init(
            partner: String? = nil, spacecraft: [String: String] = [:], resources: [String: String] = [:],
            priority: ScheduleProblem.Priority = .routine
        ) {
            self.partner = partner
            self.spacecraft = spacecraft
            self.resources = resources
            self.priority = priority
        }
    }

    /// Something in the message that the problem format cannot hold, and what was done with it.
    public struct Note: Sendable, Hashable, CustomStringConvertible {
        /// The service request concerned (empty for the message as a whole).
        public var request: String
        /// 1-based line of the element concerned.
        public var line: Int
        /// The element concerned.
        public var element: String
        /// What was dropped or approximated.
        public var detail: String

        public var description: String { "line \(line): <\(element)> of '\(request)': \(detail)" }
    }

    /// The problem requests, one per service package request, in message order.
    public var requests: [ScheduleProblem.Request]
    /// What was dropped or approximated.
    public var notes: [Note]

    /// Converts every online service package request of `message`.
    /// - Throws: `ExchangeError` (`.duplicate`) when two requests share a `serviceReqID`,
    ///   (`.invalidValue`) for an unknown priority, (`.inconsistent`) for a standing order whose
    ///   daily windows allow no time at all.
    public init(
        _ message: ServiceRequestMessage, options: Options = Options(), file: String? = nil
    )
        throws(ExchangeError)
    {
        requests = []
        notes = []
        let partner = options.partner ?? message.originatingOrganization
        var seen: Set<String> = []
        for other in message.otherRequests {
            notes.append(
                Note(
                    request: "", line: other.line, element: other.name, detail: "not a service package request: skipped"
                ))
        }
        for source in message.requests {
            guard seen.insert(source.serviceRequestID).inserted else {
                throw ExchangeError(
                    .duplicate, file: file, line: source.line, element: source.kind.rawValue,
                    attribute: "serviceReqID", value: source.serviceRequestID,
                    detail: "two requests have this service request id")
            }
            var converter = StandingOrderConverter(source: source, options: options, partner: partner, file: file)
            requests.append(try converter.request())
            notes += converter.notes
        }
    }
}
