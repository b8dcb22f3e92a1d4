import Testing

@testable import Orbits

@Suite struct InstantTests {
    @Test func normalisesParts() {
        let t = Instant(julianDay: 2_451_545.0, fraction: 0.25)
        #expect(t.julianDay == 2_451_544.5)
        #expect(abs(t.fraction - 0.75) < 1e-15)
        let later = t.adding(minutes: 720)
        #expect(later.julianDay == 2_451_545.5)
        #expect(abs(later.fraction - 0.25) < 1e-12)
        #expect(abs(later.minutes(since: t) - 720) < 1e-9)
        #expect(t < later)
    }
}
