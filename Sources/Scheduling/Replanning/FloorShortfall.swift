/// A mission the repaired schedule leaves below its floor (`ReplanOptions.missionFloorSeconds`),
/// and why.
public struct FloorShortfall: Sendable, Hashable {
    /// Why the repair could not hold a mission's floor.
    public enum Reason: String, Sendable, Hashable {
        /// The changed problem offers the mission less than its floor even with the network to
        /// itself: its requests' remaining contacts (after the frozen horizon, on antennas still
        /// up) add up to less (`reachableSeconds`). No repair can hold it.
        case outOfReach
        /// The mission could reach its floor alone, but not together with the frozen contacts
        /// and the other missions' floors: the repair found no schedule holding every floor,
        /// and gave the least total shortfall it found.
        case contested
    }

    /// The mission's id (`CompiledProblem.missions`).
    public var mission: String
    /// Its floor, seconds.
    public var floorSeconds: Double
    /// What the repaired schedule gives it, seconds (each request counted up to its want).
    public var receivedSeconds: Double
    /// An upper bound on what the changed problem can give it with the network to itself,
    /// seconds: for each of its requests, the longest contacts it may still have (its count of
    /// them), up to its total and its want.
    public var reachableSeconds: Double
    /// Why.
    public var reason: Reason

    /// A mission left `floorSeconds − receivedSeconds` short, for `reason`.
    public init(
        mission: String, floorSeconds: Double, receivedSeconds: Double, reachableSeconds: Double, reason: Reason
    ) {
        self.mission = mission
        self.floorSeconds = floorSeconds
        self.receivedSeconds = receivedSeconds
        self.reachableSeconds = reachableSeconds
        self.reason = reason
    }
}
