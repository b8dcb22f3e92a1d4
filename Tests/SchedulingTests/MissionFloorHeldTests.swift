import Testing

@testable import Scheduling

/// `MissionFloor.held`: the smallest floor a schedule holds, which the floor search takes
/// from a test that missed its own floor.
@Suite("Mission floor: the smallest floor a schedule holds")
struct MissionFloorHeldTests {
    @Test("the worst mission below its alone time sets it; one at its alone time holds every floor")
    func smallestHeld() {
        let wanted = [10_000, 4_000, 8_000]
        let alone = [10_000, 1_000, 8_000]
        // Mission 1 has its alone time (1000 of 4000 wanted): it holds any floor. Mission 0 is
        // at 0.3 unsatisfied, mission 2 at 0.25.
        let received = [7_000, 1_000, 6_000]
        let u = MissionFloor.held(received: received, wanted: wanted, alone: alone)
        #expect(abs(u - 0.3) < 1e-12)
        // The floor at that U holds, and any floor lower by a millisecond's worth does not.
        let floor = MissionFloor.millis(unsatisfied: u, wanted: wanted, alone: alone)
        #expect(floor == [7_000, 1_000, 5_600])
        #expect(zip(received, floor).allSatisfy { $0 >= $1 })
        let lower = MissionFloor.millis(unsatisfied: u - 0.001, wanted: wanted, alone: alone)
        #expect(!zip(received, lower).allSatisfy { $0 >= $1 })
        #expect(MissionFloor.held(received: [10_000, 1_000, 8_000], wanted: wanted, alone: alone) == 0)
    }
}
