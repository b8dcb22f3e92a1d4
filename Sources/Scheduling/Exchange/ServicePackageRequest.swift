import Orbits

/// One online service package request of a CCSDS 902.9 Service Management Utilization
/// Request (`newOnlineSrvPkgReq` or `replaceOnlineSrvPkgReq`), with the constraints Concord
/// reads: aperture choices, a single pass (`basicPass`) or a standing order with its pass
/// count, pass duration, interval between passes and daily time windows.
///
/// Read from a message with `ServiceRequestMessage.read(_:file:)`; turned into problem
/// requests by `StandingOrderImport`.
public struct ServicePackageRequest: Sendable, Hashable {
    /// Whether the request asks for a new package or replaces one.
    public enum Kind: String, Sendable, Hashable {
        /// `newOnlineSrvPkgReq`.
        case new = "newOnlineSrvPkgReq"
        /// `replaceOnlineSrvPkgReq`.
        case replace = "replaceOnlineSrvPkgReq"
    }

    /// New or replacement.
    public var kind: Kind
    /// `requestID`: the id of this request message entry.
    public var requestID: String
    /// `serviceReqID`: the service request this asks for (Concord's request id).
    public var serviceRequestID: String
    /// `serviceAgreementRef`, when given.
    public var serviceAgreementRef: String?
    /// `comment`, when given.
    public var comment: String?
    /// `spaceUserNode`: the spacecraft served.
    public var spaceUserNode: String
    /// The request's `stringParameter`/`intParameter` values by name (e.g. `priority`).
    public var parameters: [String: String]
    /// `apertureSelection` constraints: where the passes may be taken.
    public var apertures: [ApertureChoice]
    /// `basicPass`: a single pass, when the request asks for one.
    public var basicPass: BasicPass?
    /// `standingOrder`: repeated passes over a period, when the request is one.
    public var standingOrder: StandingOrder?
    /// `passDuration`: each pass's shortest and longest length, seconds.
    public var passDuration: Bounds?
    /// `passInterval`: the shortest and longest interval between passes, seconds.
    public var passInterval: Bounds?
    /// `passDailyTime` constraints: time-of-day windows on chosen weekdays.
    public var dailyTimes: [PassDailyTime]
    /// Constraints present that Concord does not model (`handover`, `passRange`,
    /// `passElevation`), by element name and line.
    public var otherConstraints: [ElementReference]
    /// 1-based line of the request element.
    public var line: Int
}
