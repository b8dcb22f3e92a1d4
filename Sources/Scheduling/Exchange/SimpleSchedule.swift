import Orbits

/// A CCSDS Simple Schedule (902.1) as read from XML: the header and the scheduled packages
/// with their activities. Read one with ``read(_:file:)``; turn it into a Concord `Schedule`
/// with ``schedule()``.
public struct SimpleSchedule: Sendable, Hashable {
    /// `simpleScheduleHeader`.
    public struct Header: Sendable, Hashable {
        /// Who issued the schedule.
        public var originatingOrganization: String
        /// When it was generated.
        public var generationTime: Instant
        /// `TEST`, `PROVISIONAL`, `OPERATIONAL` or `OTHER`.
        public var status: String
        /// `OVERLAP_INCLUSION` or `START_INCLUSION`: which packages of the period are listed.
        public var inclusionType: String
        /// The schedule's version number.
        public var version: Int
        /// The period the schedule covers, when stated.
        public var startTime: Instant?
        /// The end of that period, when stated.
        public var endTime: Instant?
        /// Free text.
        public var purpose: String?
        /// Free text.
        public var description: String?
    }

    /// One `scheduledActivity`: a track on one aperture.
    public struct Activity: Sendable, Hashable {
        /// `scheduledActivityId`.
        public var id: String
        /// `COMMITTED`, `TENTATIVE`, `AVAILABLE` or `UNAVAILABLE`.
        public var status: String
        /// The site (SANA-registered value).
        public var siteRef: String
        /// The aperture (antenna) at the site.
        public var apertureRef: String
        /// Start of the activity (configuration before the track), when stated.
        public var beginningOfActivity: Instant?
        /// Start of the track.
        public var beginningOfTrack: Instant
        /// End of the track.
        public var endOfTrack: Instant
        /// End of the activity (after the track), when stated.
        public var endOfActivity: Instant?
        /// The services provided, as (`serviceType`, `frequencyBand`).
        public var services: [Service]
        /// 1-based line of the element.
        public var line: Int
    }

    /// One `serviceInfo`.
    public struct Service: Sendable, Hashable {
        /// `TELEMETRY`, `TELECOMMAND`, `RANGING`, … (`TBD` when unknown).
        public var serviceType: String
        /// `S-NE`, `X-DS`, … (`N/A` when unknown).
        public var frequencyBand: String
    }

    /// One `scheduledPackage`: the activities serving one request of one user.
    public struct Package: Sendable, Hashable {
        /// `scheduledPackageId`.
        public var id: String
        /// The space user (spacecraft or mission).
        public var user: String
        /// The request the package answers, when stated.
        public var originatingRequestId: String?
        /// Free text.
        public var comment: String?
        /// The `stringParameter`s (name → value); Concord writes `partner`, `mission`, `resource`.
        public var parameters: [String: String]
        /// The activities, in document order.
        public var activities: [Activity]
        /// 1-based line of the element.
        public var line: Int
    }

    /// The header.
    public var header: Header
    /// The scheduled packages, in document order (`scheduledPkgAssn` elements are skipped).
    public var packages: [Package]

    /// The contacts of the schedule: one per package that carries a `resource` parameter (as
    /// Concord writes them: a group's activities are one contact), otherwise one per activity
    /// on its `apertureRef`; the request is the package's `originatingRequestId` (else its id),
    /// the times the track's.
    public func schedule() -> Schedule {
        var contacts: [Contact] = []
        for package in packages {
            let request = package.originatingRequestId ?? package.id
            if let resource = package.parameters["resource"], let first = package.activities.first {
                contacts.append(
                    Contact(request: request, resource: resource, start: first.beginningOfTrack, end: first.endOfTrack))
            } else {
                for activity in package.activities {
                    contacts.append(
                        Contact(
                            request: request, resource: activity.apertureRef, start: activity.beginningOfTrack,
                            end: activity.endOfTrack))
                }
            }
        }
        return Schedule(problem: header.description, contacts: contacts)
    }
}
