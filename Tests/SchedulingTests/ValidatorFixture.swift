import Scheduling

extension Fixture {
    /// A problem exercising every rule the validator checks (times in seconds):
    /// - A1 (owner a, setup 60 s, teardown 30 s, down 5000–5600, reserved by a 9000–9500);
    ///   A2 (owner b, excludes a); A3 (owner b); group G = A1 + A3.
    /// - r1: s1 for a, flexible, ≤ 2 contacts of 100–800 s.
    /// - r2: s2 for b, full passes, ≤ 3 contacts, window 0–4000.
    /// - r3: s1 for b, split into tracks ≥ 200 s, 1000 s in all.
    static func everyRule() -> ScheduleProblem {
        let antennas = [
            ScheduleProblem.Antenna(
                id: "A1", owner: "a", setupSeconds: 60, teardownSeconds: 30, downtime: [span(5000, 5600)],
                reservations: [span(9000, 9500)]),
            ScheduleProblem.Antenna(id: "A2", owner: "b", excludedPartners: ["a"]),
            ScheduleProblem.Antenna(id: "A3", owner: "b"),
        ]
        let requests = [
            ScheduleProblem.Request(
                id: "r1", spacecraft: "s1", partner: "a", window: span(0, 10_000), contacts: 2, minContactSeconds: 100,
                maxContactSeconds: 800),
            ScheduleProblem.Request(
                id: "r2", spacecraft: "s2", partner: "b", window: span(0, 4000), contacts: 3, placement: .fullPass),
            ScheduleProblem.Request(
                id: "r3", spacecraft: "s1", partner: "b", window: span(0, 10_000), totalSeconds: 1000,
                split: .init(minTrackSeconds: 200)),
        ]
        return ScheduleProblem(
            horizon: span(0, 10_000), partners: [.init(id: "a", share: 0.5), .init(id: "b", share: 0.5)],
            antennas: antennas, groups: [.init(id: "G", members: ["A1", "A3"])],
            spacecraft: [.init(id: "s1"), .init(id: "s2")], requests: requests,
            viewPeriods: [
                periods("r1", "A1", [(1000, 2000), (5500, 7000), (9000, 9600)]),
                periods("r1", "A2", [(1000, 2000)]),
                periods("r1", "G", [(3000, 3500)]),
                periods("r2", "A1", [(1500, 1900), (2500, 2900), (3800, 4200)]),
                periods("r2", "A2", [(100, 600)]),
                periods("r2", "A3", [(3300, 3700)]),
                periods("r3", "A3", [(6000, 9500)]),
                periods("r3", "A1", [(9000, 9600)]),
            ])
    }

    /// A schedule of `everyRule()` that keeps every rule: 2700 s served, a 900 s, b 1800 s.
    static let everyRuleValid: [Contact] = [
        contact("r1", "A1", 1000, 1500),
        contact("r2", "A1", 2500, 2900),
        contact("r2", "A2", 100, 600),
        contact("r3", "A3", 7000, 7600),
        contact("r3", "A3", 7700, 8000),
        contact("r1", "G", 3000, 3400),
    ]
}
