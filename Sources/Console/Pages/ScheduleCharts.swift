import Charts
import Consortium
import Orbits
import Scheduling

/// The schedule page's SVGs: the timeline per antenna (`Charts.Timeline`) and the sky plot of a
/// pass (`Charts.SkyPlot`).
///
/// In a partner's view the legend has two entries: the viewer's partner (its own contacts,
/// outlined) and "other partners (occupied)", one neutral colour for every contact the viewer
/// may not see the owner of; nothing in the chart names another partner or its spacecraft.
enum ScheduleCharts {
    /// The timeline from `input`'s ``TimelineCache`` when it holds the chart of exactly these
    /// bars for this viewer's scope and language; drawn (and stored) otherwise.
    static func cachedTimeline(
        bars: [SchedulePage.Bar], downtime: [SchedulePage.Bar], span: TimeSpan, partnerName: String, input: PageInput
    ) async -> String? {
        guard let cache = input.timelineCache else {
            return timeline(bars: bars, downtime: downtime, span: span, partnerName: partnerName, input: input)
        }
        let principal = input.viewer.principal
        let key = TimelineCache.Key(
            scope: principal.isConsortiumAdmin ? "*" : principal.partner.rawValue, language: input.viewer.language,
            span: span, partnerName: partnerName, bars: bars, downtime: downtime)
        if let chart = await cache.chart(key) { return chart }
        let chart = timeline(bars: bars, downtime: downtime, span: span, partnerName: partnerName, input: input)
        await cache.store(chart, key: key)
        return chart
    }

    /// The timeline per antenna of `bars` and `downtime` over `span`, or `nil` when there is
    /// nothing to draw.
    static func timeline(
        bars: [SchedulePage.Bar], downtime: [SchedulePage.Bar], span: TimeSpan, partnerName: String, input: PageInput
    ) -> String? {
        guard !bars.isEmpty || !downtime.isEmpty else { return nil }
        let rowIDs = Set(bars.map(\.resource)).union(downtime.map(\.resource)).sorted()
        let rowIndex = Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($1, $0) })
        let rows = rowIDs.map { TimelineRow(id: $0, name: $0.count > 28 ? $0.prefix(27) + "…" : $0) }
        let own = 0, others = 1
        var usedOthers = false
        let timeBars =
            bars.map { bar -> TimelineBar in
                if !bar.isOwn && !bar.isPredicted { usedOthers = true }
                return TimelineBar(
                    row: rowIndex[bar.resource] ?? 0, start: bar.start, end: bar.end,
                    kind: .contact(partner: bar.isOwn || bar.isPredicted ? own : others), isOwn: bar.isOwn,
                    label: "\(bar.label), \(input.format.time(bar.start))–\(input.format.time(bar.end)) UTC")
            }
            + downtime.map { bar in
                TimelineBar(
                    row: rowIndex[bar.resource] ?? 0, start: bar.start, end: bar.end, kind: .downtime,
                    label: "\(bar.label), \(input.format.dateTime(bar.start))–\(input.format.dateTime(bar.end)) UTC")
            }
        // Predicted passes (no schedule) are of one spacecraft: the legend names it.
        let predicted = bars.first { $0.isPredicted }
        var partners = [
            ChartPartner(
                name: predicted.map { input.text("chart_predicted", ["spacecraft": $0.label]) } ?? partnerName,
                index: own)
        ]
        if usedOthers { partners.append(ChartPartner(name: input.text("chart_others"), index: others)) }
        guard
            let timeline = try? Timeline(
                start: span.start, end: span.end, rows: rows, bars: timeBars, partners: partners, width: 1000)
        else { return nil }
        let isWeek = span.end.seconds(since: span.start) > 86_400 * 1.5
        let labels = TimelineLabels(
            title: input.text("chart_timeline_title", ["span": input.format.day(Day(span.start))]),
            description: input.text(
                "chart_timeline_desc",
                ["count": input.format.integer(bars.count), "rows": input.format.integer(rows.count)]),
            timeAxis: input.text("axis_time_utc"), downtime: input.text("chart_downtime"),
            ownContact: input.text("chart_own_contacts"))
        return timeline.svg(labels: labels) { instant in
            isWeek ? input.format.day(Day(instant)) : String(input.format.time(instant).prefix(5))
        }
    }

    static func sky(points: [OrbitSamples.SkyPoint], pass: Pass, input: PageInput) -> String? {
        guard points.count > 1 else { return nil }
        let plot = SkyPlot(
            points: points.map { SkyPoint(azimuth: $0.azimuth, elevation: $0.elevation) }, partner: 0, size: 360)
        let format = input.format
        let labels = SkyPlotLabels(
            title: input.text("schedule_sky_link"),
            description: input.text(
                "chart_sky_desc",
                [
                    "aos": format.number(pass.aosAzimuth, digits: 0),
                    "max": format.number(pass.maximumElevation, digits: 0),
                    "los": format.number(pass.losAzimuth, digits: 0),
                ]),
            cardinalPoints: [
                input.text("cardinal_n"), input.text("cardinal_e"), input.text("cardinal_s"), input.text("cardinal_w"),
            ],
            elevationAxis: input.text("axis_elevation"), aos: input.text("schedule_aos"),
            los: input.text("schedule_los"),
            maximum: input.text("chart_maximum"))
        return plot.svg(labels: labels) { format.number($0, digits: 0) + "°" }
    }
}
