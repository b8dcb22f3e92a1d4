/// An announced contact the changed problem forbids on its own (whatever else is scheduled):
/// its antenna is down, its pass is gone, its request was withdrawn. It cannot be kept.
public struct InvalidatedContact: Sendable, Hashable {
    /// The contact as announced.
    public var contact: Contact
    /// True when it starts (setup included) before the frozen horizon: it is dropped, never
    /// moved.
    public var frozen: Bool
    /// Why: the validator's kinds (`downtime`, `outsideViewPeriod`, `unknownRequest`, …).
    public var reason: Violation.Kind
}
