import Foundation
import Orbits
import Scheduling

/// A small problem and schedule with awkward names (commas, quotes, semicolons, backslashes,
/// line breaks, non-ASCII) and a group of antennas, for the export tests.
enum ExportFixture {
    /// Partner ids: plain, with a comma and quotes, non-ASCII with a semicolon.
    static let esa = "esa"
    static let awkwardPartner = "Acme, \"Orbital\" Inc."
    static let unicodePartner = "Agência Espacial; São José"
    /// A spacecraft whose name holds a line break, a backslash and a comma.
    static let awkwardCraft = "Sat\\1,\nsecond line"
    static let generatedAt = try! Instant(iso8601: "2026-03-18T12:00:00Z")

    static func problem() -> ScheduleProblem {
        let antennas = [
            ScheduleProblem.Antenna(id: "kiruna-1", owner: esa, setupSeconds: 120, teardownSeconds: 60),
            ScheduleProblem.Antenna(id: "DSS-34", owner: awkwardPartner, setupSeconds: 300, teardownSeconds: 30),
            ScheduleProblem.Antenna(id: "DSS-35", owner: awkwardPartner, setupSeconds: 600, teardownSeconds: 90),
        ]
        let requests = [
            ScheduleProblem.Request(
                id: "r-esa", spacecraft: "sentinel-2a", partner: esa, mission: "Copernicus",
                window: Fixture.span(0, 86_400), contacts: 2, maxContactSeconds: 900),
            ScheduleProblem.Request(
                id: "r,\"odd\"", spacecraft: awkwardCraft, partner: awkwardPartner, window: Fixture.span(0, 86_400),
                contacts: 1, maxContactSeconds: 3_600, setupSeconds: 45),
            ScheduleProblem.Request(
                id: "r-ünï", spacecraft: "Ørsted ✈️", partner: unicodePartner, window: Fixture.span(0, 86_400),
                contacts: 1, maxContactSeconds: 3_600),
        ]
        return ScheduleProblem(
            name: "week 12, \"draft\"", horizon: Fixture.span(0, 86_400),
            partners: [.init(id: esa), .init(id: awkwardPartner), .init(id: unicodePartner)], antennas: antennas,
            groups: [.init(id: "DSS-34+35", members: ["DSS-34", "DSS-35"])],
            spacecraft: [.init(id: "sentinel-2a"), .init(id: awkwardCraft), .init(id: "Ørsted ✈️")],
            requests: requests)
    }

    /// Four contacts: two of esa on kiruna-1 (one with a fractional start), one on the group,
    /// one non-ASCII on DSS-35.
    static func schedule() -> Schedule {
        Schedule(
            problem: "week 12, \"draft\"",
            contacts: [
                Fixture.contact("r-esa", "kiruna-1", 3_723.25, 4_323.25),
                Fixture.contact("r-esa", "kiruna-1", 40_000, 40_900),
                Fixture.contact("r,\"odd\"", "DSS-34+35", 7_200, 9_000.5),
                Fixture.contact("r-ünï", "DSS-35", 50_000, 50_600),
            ])
    }

    static func export() -> ScheduleExport {
        ScheduleExport(
            schedule: schedule(), problem: problem(), options: ScheduleExportOptions(generatedAt: generatedAt))
    }
}
