import Consortium
import Foundation
import Orbits
import Scheduling
import Storage

/// The network schedule: a timeline per antenna for a day or a week (the viewer's contacts in
/// full, other partners' as occupancy only), the passes of a chosen spacecraft over the
/// viewer's stations with AOS, LOS and maximum elevation, and the sky plot of a chosen pass.
enum SchedulePage {
    struct Bar: Sendable, Hashable {
        var resource: String
        var start: Instant
        var end: Instant
        var label: String
        var isOwn: Bool
        var isPredicted: Bool
    }

    struct SpacecraftOption: Sendable {
        var id: String
        var name: String
        var selected: Bool
    }

    struct SkyRow: Sendable {
        var label: String
        var time: String
        var azimuth: String
        var elevation: String
    }

    struct Sky: Sendable {
        var title: String
        var rows: [SkyRow]
        var chart: String?
    }

    struct Body: Sendable {
        var day: String
        var isWeek: Bool
        var spanLabel: String
        var options: [SpacecraftOption]
        var hasSchedule: Bool
        var timelineNote: String
        var timelineChart: String?
        /// The timeline table's rows, HTML (``barRows(_:input:)``).
        var barRows: String
        var moreBars: String?
        var spacecraftName: String
        /// The pass list's rows, HTML (``passRows(_:base:selected:input:)``).
        var passRows: String
        var hasPasses: Bool
        var sky: Sky?
    }

    /// The most timeline entries listed in the table under the chart.
    static let maximumListedBars = 300

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        let viewer = input.viewer
        let repository = input.repository
        let isWeek = input.query["span"] == "week"
        let day = input.query["day"].flatMap { try? Day($0) } ?? Day(input.now)
        let span = TimeSpan(start: day.start, end: day.adding(days: isWeek ? 7 : 1).start)
        var timing = ServerTiming()
        var start = ContinuousClock.now
        let stations = try await viewer.visible(Station.self, in: repository).map(\.value)
        let flying = try await viewer.visible(Spacecraft.self, in: repository).map(\.value)
            .filter { $0.orbit != nil && $0.status != .decommissioned }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let chosen =
            input.query["sc"].flatMap { id in flying.first { $0.id.rawValue == id } }
            ?? flying.first { viewer.isOwn($0.owner) } ?? flying.first
        let partnerName =
            try await repository.get(Partner.self, id: viewer.principal.partner)?.value.shortName
            ?? viewer.principal.partner.rawValue
        timing.add("records", since: start)

        // The passes are predicted (or taken from the cache) while the schedules are read; the
        // `passes` span is the wait for them after the schedules.
        start = ContinuousClock.now
        let passCache = input.passCache
        async let predicted = predictedPasses(of: chosen, over: stations, in: span, cache: passCache)
        let schedules = try await VisibleSchedules.load(
            viewer, repository: repository, overlapping: span, cache: input.scheduleViews)
        timing.add("schedules", since: start)
        start = ContinuousClock.now
        let passes = await predicted
        timing.add("passes", since: start)

        start = ContinuousClock.now
        var bars = scheduledBars(schedules, span: span, input: input)
        let hasSchedule = !schedules.items.isEmpty
        if !hasSchedule, let chosen {
            bars = passes.map {
                Bar(
                    resource: $0.station.id.rawValue, start: $0.pass.aos, end: $0.pass.los, label: chosen.name,
                    isOwn: false, isPredicted: true)
            }
        }
        let timelineChart = await ScheduleCharts.cachedTimeline(
            bars: bars, downtime: downtime(of: stations, in: span, input: input), span: span,
            partnerName: partnerName, input: input)
        timing.add("timeline", since: start)

        let selectedPass = input.query["pass"].flatMap(Int.init).flatMap { passes.indices.contains($0) ? $0 : nil }
        let skyView = timing.measure("sky") {
            selectedPass.flatMap { index in
                chosen.map { sky(of: $0, pass: passes[index].pass, station: passes[index].station, input: input) }
            }
        }
        start = ContinuousClock.now
        let base = "?day=\(day)&span=\(isWeek ? "week" : "day")&sc=\(chosen?.id.rawValue ?? "")"
        let body = Body(
            day: day.description, isWeek: isWeek,
            spanLabel: input.text(
                isWeek ? "schedule_span_week" : "schedule_span_day",
                ["start": input.format.day(day), "end": input.format.day(day.adding(days: 6))]),
            options: flying.map { SpacecraftOption(id: $0.id.rawValue, name: $0.name, selected: $0.id == chosen?.id) },
            hasSchedule: hasSchedule,
            timelineNote: hasSchedule
                ? input.text("schedule_timeline_note")
                : input.text("schedule_no_schedule", ["spacecraft": chosen?.name ?? "—"]),
            timelineChart: timelineChart,
            barRows: barRows(bars.prefix(maximumListedBars), input: input),
            moreBars: bars.count > maximumListedBars
                ? input.text("schedule_more", ["count": input.format.integer(bars.count - maximumListedBars)]) : nil,
            spacecraftName: chosen?.name ?? "—",
            passRows: passRows(passes, base: base, selected: selectedPass, input: input),
            hasPasses: !passes.isEmpty, sky: skyView)
        timing.add("tables", since: start)
        return PageContent(template: "schedule", titleKey: "schedule_title", body: body, timing: timing)
    }

    /// The passes of `spacecraft` over `stations` in `span`, by AOS: from `cache` when given
    /// (computed once per spacecraft, elements, stations and day), else predicted now.
    static func predictedPasses(
        of spacecraft: Spacecraft?, over stations: [Station], in span: TimeSpan, cache: PassCache?
    ) async -> [PassCache.StationPass] {
        guard let spacecraft else { return [] }
        if let cache { return await cache.passes(of: spacecraft, over: stations, in: span) }
        return OrbitSamples.passes(of: spacecraft, over: stations, from: span.start, to: span.end)
    }

    /// The schedules' contacts in `span` as bars: the viewer's own labelled with the spacecraft,
    /// the others' (occupancy) with nothing but "occupied".
    static func scheduledBars(_ schedules: VisibleSchedules, span: TimeSpan, input: PageInput) -> [Bar] {
        var bars: [Bar] = []
        for item in schedules.items {
            for contact in item.view.contacts where contact.start < span.end && span.start < contact.end {
                bars.append(
                    Bar(
                        resource: contact.resource, start: contact.start, end: contact.end,
                        label: contact.spacecraft, isOwn: input.viewer.principal.partner.rawValue == contact.partner,
                        isPredicted: false))
            }
            for slot in item.view.occupancy where slot.start < span.end && span.start < slot.end {
                bars.append(
                    Bar(
                        resource: slot.resource, start: slot.start, end: slot.end,
                        label: input.text("schedule_occupied"),
                        isOwn: false, isPredicted: false))
            }
        }
        return bars.sorted { ($0.start, $0.resource) < ($1.start, $1.resource) }
    }

    /// The maintenance windows of `stations` in `span`, one bar per antenna (rows named as the
    /// schedule names them: `station/antenna`).
    static func downtime(of stations: [Station], in span: TimeSpan, input: PageInput) -> [Bar] {
        var bars: [Bar] = []
        for station in stations {
            let rows =
                station.antennas.isEmpty
                ? [station.id.rawValue] : station.antennas.map { "\(station.id.rawValue)/\($0.name)" }
            for window in station.availability
            where window.state == .maintenance && window.start < span.end && span.start < window.end {
                for row in rows {
                    bars.append(
                        Bar(
                            resource: row, start: window.start, end: window.end,
                            label: window.note ?? input.text("chart_downtime"), isOwn: false, isPredicted: false))
                }
            }
        }
        return bars
    }

    /// The sky of one pass: AOS, culmination and LOS directions, and the plot.
    static func sky(of spacecraft: Spacecraft, pass: Pass, station: Station, input: PageInput) -> Sky {
        let format = input.format
        let points = OrbitSamples.sky(of: spacecraft, from: station, during: pass)
        func row(_ key: String, _ time: Instant, _ azimuth: Double, _ elevation: Double) -> SkyRow {
            SkyRow(
                label: input.text(key), time: format.time(time), azimuth: format.number(azimuth, digits: 1) + "°",
                elevation: format.number(elevation, digits: 1) + "°")
        }
        return Sky(
            title: input.text("schedule_sky_title", ["spacecraft": spacecraft.name, "station": station.name]),
            rows: [
                row("schedule_aos", pass.aos, pass.aosAzimuth, points.first?.elevation ?? 0),
                row("schedule_culmination", pass.culmination, pass.culminationAzimuth, pass.maximumElevation),
                row("schedule_los", pass.los, pass.losAzimuth, points.last?.elevation ?? 0),
            ],
            chart: ScheduleCharts.sky(points: points, pass: pass, input: input))
    }
}
