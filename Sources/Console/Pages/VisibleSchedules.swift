import Consortium
import Foundation
import GroundNetwork
import Orbits
import Scheduling
import Storage

/// The published schedules a viewer may read that overlap a span, each as the viewer's
/// `PartnerScheduleView` (own contacts in full, the others' as occupancy only; the full view
/// for consortium administrators), exactly as `GET /api/v1/schedules/{id}` returns them.
struct VisibleSchedules: Sendable {
    /// One schedule.
    struct Item: Sendable {
        /// The record (summary and documents).
        var record: ScheduleRecord
        /// What the viewer may see of it.
        var view: PartnerScheduleView
    }

    /// The schedules, by id.
    var items: [Item]

    /// The most schedules read for one page (the newest are kept when there are more).
    static let maximumSchedules = 20

    /// Reads the viewer's published schedules whose horizon overlaps `span`; decoded views are
    /// taken from and kept in `cache` when one is given.
    static func load(
        _ viewer: Viewer, repository: any Repository, overlapping span: TimeSpan, cache: ScheduleViewCache? = nil
    ) async throws
        -> VisibleSchedules
    {
        let principal = viewer.principal
        let scope: ScheduleScope =
            principal.isConsortiumAdmin
            ? .all : .partner(principal.partner, drafts: principal.role.includes(.partnerAdmin))
        var summaries: [ScheduleRecord] = []
        var after: String?
        repeat {
            let page = try await repository.schedules(
                scope: scope, agreement: nil, status: .published,
                page: PageRequest(limit: PageRequest.maximumLimit, after: after))
            summaries += page.items.filter { $0.horizon.start < span.end && span.start < $0.horizon.end }
            after = page.nextCursor
        } while after != nil
        summaries = Array(summaries.sorted { $0.createdAt > $1.createdAt }.prefix(maximumSchedules))
        var items: [Item] = []
        let partner = principal.isConsortiumAdmin ? nil : principal.partner
        for summary in summaries {
            let key = ScheduleViewCache.key(schedule: summary.id, partner: partner?.rawValue)
            if let cached = await cache?.item(key) {
                items.append(cached)
                continue
            }
            guard let record = try await repository.schedule(id: summary.id, scope: scope),
                let documents = record.documents
            else { continue }
            let problem = try JSONDecoder().decode(ScheduleProblem.self, from: Data(documents.problem.utf8))
            let schedule = try Schedule.decode(Data(documents.schedule.utf8))
            let metrics = try JSONDecoder().decode(ScheduleMetrics.self, from: Data(documents.metrics.utf8))
            let view = PartnerScheduleView(
                schedule: schedule, problem: problem, metrics: metrics,
                for: partner)
            let item = Item(record: record, view: view)
            await cache?.store(item, key: key)
            items.append(item)
        }
        return VisibleSchedules(items: items.sorted { $0.record.id < $1.record.id })
    }
}
