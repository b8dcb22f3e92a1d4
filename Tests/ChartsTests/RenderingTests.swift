import Foundation
import Orbits
import Testing

@testable import Charts

@Suite struct RenderingTests {
    /// Checks what every chart must be: well-formed XML, an accessible `<svg role="img">` named
    /// by its `<title>` and `<desc>`.
    func expectAccessible(_ svg: String, prefix: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let xml = XMLCheck(svg)
        #expect(xml.isWellFormed, "\(xml.error ?? "")", sourceLocation: sourceLocation)
        #expect(xml.rootName == "svg", sourceLocation: sourceLocation)
        #expect(xml.rootAttributes["role"] == "img", sourceLocation: sourceLocation)
        #expect(
            xml.rootAttributes["aria-labelledby"] == "\(prefix)-title \(prefix)-desc", sourceLocation: sourceLocation)
        #expect(xml.element(id: "\(prefix)-title") != nil, sourceLocation: sourceLocation)
        #expect(xml.element(id: "\(prefix)-desc") != nil, sourceLocation: sourceLocation)
    }

    @Test func worldMapIsWellFormedAndEscapesText() throws {
        let instant = try Instant(year: 2026, month: 11, day: 22, hour: 12)
        let propagator = SGP4Propagator(
            try MeanElements(tleLine1: GroundTrackTests.line1, line2: GroundTrackTests.line2))
        let track = try GroundTrack(propagator: propagator, from: instant, durationMinutes: 190)
        let map = WorldMap(
            width: 800,
            stations: [
                MapStation(
                    id: "kir", name: ChartFixtures.hostile, location: GeoPoint(latitude: 67.857, longitude: 20.964),
                    partner: 1),
                MapStation(id: "svb", name: "Svalbard", location: GeoPoint(latitude: 78.23, longitude: 15.39)),
            ],
            visibility: try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 10),
            tracks: [MapTrack(name: "ISS (ZARYA)", partner: 2, track: track)],
            subsolarPoint: SolarGeometry.subsolarPoint(at: instant))
        let svg = map.svg(
            labels: ChartFixtures.mapLabels, longitudeLabel: ChartFixtures.degrees, latitudeLabel: ChartFixtures.degrees
        )
        SampleOutput.write("map", svg)
        expectAccessible(svg, prefix: "map")
        #expect(svg.contains("A&lt;B &amp; &quot;C&quot; &apos;D&apos;"))
        #expect(!svg.contains(ChartFixtures.hostile))
        #expect(svg.contains("Stations &amp; tracks &lt;now&gt;"))
        let xml = XMLCheck(svg)
        // The parsed text gives the hostile name back unchanged.
        #expect(xml.text.contains(ChartFixtures.hostile))
        #expect(xml.element(id: "map-station-kir") != nil)
        #expect(xml.elements(named: "path").contains { $0["class"] == "night" })
        // Axis labels with units are present.
        #expect(xml.text.contains("Longitude (°)") && xml.text.contains("Latitude (°)"))
    }

    @Test func timelinePlacesBarsAtTheirTimes() throws {
        let start = try Instant(year: 2026, month: 11, day: 23)
        let end = start.adding(days: 1)
        let rows = [TimelineRow(id: "a", name: "Kiruna 13 m"), TimelineRow(id: "b", name: ChartFixtures.hostile)]
        let contactStart = try Instant(year: 2026, month: 11, day: 23, hour: 6)
        let contactEnd = try Instant(year: 2026, month: 11, day: 23, hour: 6, minute: 12)
        let bars = [
            TimelineBar(
                row: 0, start: contactStart, end: contactEnd, kind: .contact(partner: 0), label: "ISS 06:00–06:12"),
            TimelineBar(
                row: 1, start: start.adding(seconds: 43_200), end: start.adding(seconds: 46_800),
                kind: .contact(partner: 3), isOwn: true, label: "Own"),
            TimelineBar(
                row: 1, start: start.adding(seconds: -3600), end: start.adding(seconds: 7200), kind: .downtime,
                label: "Maintenance"),
        ]
        let timeline = try Timeline(
            start: start, end: end, rows: rows, bars: bars,
            partners: [ChartPartner(name: "ESA", index: 0), ChartPartner(name: "JAXA", index: 3)], width: 1000)
        let svg = timeline.svg(labels: ChartFixtures.timelineLabels, timeLabel: ChartFixtures.hoursMinutes)
        SampleOutput.write("timeline", svg)
        expectAccessible(svg, prefix: "timeline")
        let xml = XMLCheck(svg)
        // The plot spans plotLeft … 1000 − 16 px for 24 h; 06:00 is a quarter of the way.
        let left = timeline.plotLeft, plotWidth = 1000 - 16 - left
        let bar = try #require(xml.element(id: "timeline-bar-0"))
        let x = try #require(Double(bar["x"] ?? "")), width = try #require(Double(bar["width"] ?? ""))
        #expect(abs(x - (left + plotWidth * 0.25)) < 0.01)
        #expect(abs(x + width - (left + plotWidth * (6.2 / 24))) < 0.02)
        // The viewer's own contact is outlined, not only coloured.
        let own = try #require(xml.element(id: "timeline-bar-1"))
        #expect(own["stroke"] == "#000000" && own["stroke-width"] == "2.5")
        // Downtime starting before the axis is cut at the axis start and hatched.
        let downtime = try #require(xml.element(id: "timeline-bar-2"))
        #expect(Double(downtime["x"] ?? "") == (left * 100).rounded() / 100)
        #expect(downtime["fill"] == "url(#timeline-downtime)")
        // The legend names both partners, downtime and the viewer's own contacts; row names are escaped.
        for caption in ["ESA", "JAXA", "Downtime", "Your contacts", ChartFixtures.hostile] {
            #expect(xml.text.contains(caption))
        }
        #expect(xml.element(id: "timeline-partner-3") != nil)
        // 24 h at ≤ 8 intervals: a tick every 3 h, 00:00 … 24:00.
        #expect(xml.text.contains("03:00") && xml.text.contains("21:00"))
        #expect(!xml.text.contains("02:00"))
    }

    @Test func timelineRejectsAnEmptySpanAndUnknownRows() throws {
        let start = try Instant(year: 2026, month: 11, day: 23)
        #expect(throws: ChartError.self) {
            try Timeline(start: start, end: start, rows: [], bars: [], partners: [])
        }
        do {
            _ = try Timeline(
                start: start, end: start.adding(days: 1), rows: [],
                bars: [TimelineBar(row: 2, start: start, end: start.adding(days: 0.1), kind: .downtime, label: "")],
                partners: [])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .unknownReference && error.field == "Timeline.bars[0].row")
        }
    }
}

@Suite struct EdgeCaseRenderingTests {
    @Test func weekTimelineHasDailyTicksAndEveryBar() throws {
        let monday = try Instant(year: 2026, month: 11, day: 23)
        let rows = (0..<6).map { TimelineRow(id: "a\($0)", name: "Antenna \($0 + 1)") }
        // Four contacts of 10 min per antenna per day, partners in turn, every 7th one the viewer's.
        var bars: [TimelineBar] = []
        for day in 0..<7 {
            for row in 0..<6 {
                for k in 0..<4 {
                    let start = monday.adding(days: Double(day)).adding(minutes: Double(k * 360 + row * 25 + 40))
                    let n = bars.count
                    bars.append(
                        TimelineBar(
                            row: row, start: start, end: start.adding(minutes: 10), kind: .contact(partner: n % 5),
                            isOwn: n % 7 == 0, label: "Contact \(n)"))
                }
            }
        }
        bars.append(
            TimelineBar(
                row: 2, start: monday.adding(days: 2), end: monday.adding(days: 2.5), kind: .downtime, label: "Down"))
        let timeline = try Timeline(
            start: monday, end: monday.adding(days: 7), rows: rows, bars: bars,
            partners: (0..<5).map { ChartPartner(name: "Partner \($0)", index: $0) })
        let svg = timeline.svg(labels: ChartFixtures.timelineLabels) { instant in
            "Nov \(instant.calendarDate.day)"
        }
        SampleOutput.write("timeline-week", svg)
        let xml = XMLCheck(svg)
        #expect(xml.isWellFormed)
        // Every bar is drawn, the viewer's ones outlined: 168 contacts, 24 own, 1 downtime.
        let rects = xml.elements(named: "rect").filter { ($0["id"] ?? "").hasPrefix("timeline-bar-") }
        #expect(rects.count == 169)
        #expect(rects.filter { $0["class"] == "own" }.count == 24)
        // One tick per day, 23 … 30 November.
        for day in 23...30 { #expect(xml.text.contains("Nov \(day)")) }
    }

    @Test func emptyChartsStillRenderWellFormed() throws {
        let series = try SeriesPlot(points: [], scale: .logarithmic)
        let svg = series.svg(
            labels: SeriesPlotLabels(title: "Pc", description: "No screenings yet", timeAxis: "t", valueAxis: "Pc"),
            timeLabel: ChartFixtures.hoursMinutes, valueLabel: { "\($0)" })
        #expect(XMLCheck(svg).isWellFormed)
        let bars = try BarChart(entries: []).svg(
            labels: BarChartLabels(title: "t", description: "d", valueAxis: "%", received: "r", entitlement: "e"),
            percentLabel: ChartFixtures.percent)
        #expect(XMLCheck(bars).isWellFormed)
        let sky = SkyPlot(points: []).svg(
            labels: SkyPlotLabels(
                title: "t", description: "d", cardinalPoints: [], elevationAxis: "e", aos: "a", los: "l", maximum: "m"),
            elevationLabel: ChartFixtures.degrees)
        #expect(XMLCheck(sky).isWellFormed)
        let map = WorldMap().svg(
            labels: ChartFixtures.mapLabels, longitudeLabel: ChartFixtures.degrees, latitudeLabel: ChartFixtures.degrees
        )
        #expect(XMLCheck(map).isWellFormed)
    }
}
