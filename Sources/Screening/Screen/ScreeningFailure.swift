import Orbits

/// An object SGP4 could not propagate during the span (at initialisation or at some
/// node): reported rather than silently left out of the screen. It is screened at the
/// times where it could be propagated.
public struct ScreeningFailure: Sendable, Hashable {
    /// The object.
    public var object: ScreeningObject
    /// The first failure met, with its code and time since the object's epoch.
    public var error: SGP4Error

    public init(object: ScreeningObject, error: SGP4Error) {
        self.object = object
        self.error = error
    }
}
