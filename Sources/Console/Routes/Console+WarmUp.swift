import Consortium
import Foundation
import Orbits
import Server

extension Console {
    /// The pages `warmUp(as:)` renders: the overview, today's schedule, and the week of the
    /// published schedule from Monday and from today, as a new user opens them first.
    static func warmUpQueries(now: Instant) -> [(render: PageRenderer, query: [String: String])] {
        let monday = Day(WeekSchedule.week(containing: now).start)
        return [
            (OverviewPage.render, [:]),
            (SchedulePage.render, [:]),
            (SchedulePage.render, ["span": "week", "day": monday.description]),
            (SchedulePage.render, ["span": "week"]),
        ]
    }

    /// Renders the pages a new user opens first, once, as `user` in `language`, so that the
    /// caches (decoded schedules, predicted passes, timeline charts) are filled before the first
    /// request: on the demo, the first view of this week's schedule otherwise takes about 0.3 s
    /// and the overview 0.4 s, against 20–40 ms once warm.
    ///
    /// `concord serve` calls it after publishing the demo week. The caches are keyed by what the
    /// viewer may see, so warming as one user shows nothing to another. Returns the number of
    /// pages rendered; failures are logged, never thrown (a cold cache is only slower).
    @discardableResult
    public func warmUp(as user: User.ID, language: ConsoleLanguage = .en) async -> Int {
        var rendered = 0
        do {
            guard let record = try await repository.get(User.self, id: user) else { return 0 }
            let principal = Principal(user: user, partner: record.value.partner, role: record.value.role)
            for (render, query) in Self.warmUpQueries(now: configuration.clock.now()) {
                let input = try await pageInput(
                    for: principal, language: language, csrf: "", query: query, queryLists: [:])
                _ = try await render(input)
                rendered += 1
            }
        } catch {
            logger.warning("console warm-up stopped", metadata: ["error": "\(error)"])
        }
        return rendered
    }
}
