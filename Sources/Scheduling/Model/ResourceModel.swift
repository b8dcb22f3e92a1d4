/// A resource of a `CompiledProblem`: one antenna, or a group whose contacts occupy every
/// member.
public struct ResourceModel: Sendable, Hashable {
    /// The antenna's or group's id.
    public let id: String
    /// Indices of the antennas occupied: one for an antenna, the members for a group.
    public let members: [Int]
}
