/// A view period a request may use, on one resource, with the setup and teardown its
/// contacts there need.
public struct UsablePeriod: Sendable, Hashable {
    /// Index of the resource.
    public let resource: Int
    /// The period clipped to the request's window, milliseconds.
    public let span: MilliSpan
    /// Setup before each contact, milliseconds.
    public let setupMillis: Int
    /// Teardown after each contact, milliseconds.
    public let teardownMillis: Int
}
