import Foundation
import Orbits
import Testing

@testable import Charts

@Suite struct PlotTests {
    @Test func skyPlotPutsNorthUpAndEastRight() {
        let plot = SkyPlot(
            points: [
                SkyPoint(azimuth: 200, elevation: 0), SkyPoint(azimuth: 120, elevation: 55),
                SkyPoint(azimuth: 40, elevation: 0),
            ], size: 360)
        let c = plot.center, r = plot.radius
        let north = plot.position(of: SkyPoint(azimuth: 0, elevation: 0))
        #expect(abs(north.x - c.x) < 1e-9 && abs(north.y - (c.y - r)) < 1e-9)
        let east = plot.position(of: SkyPoint(azimuth: 90, elevation: 0))
        #expect(abs(east.x - (c.x + r)) < 1e-9 && abs(east.y - c.y) < 1e-9)
        let zenith = plot.position(of: SkyPoint(azimuth: 123, elevation: 90))
        #expect(abs(zenith.x - c.x) < 1e-9 && abs(zenith.y - c.y) < 1e-9)
        // 30° elevation is two thirds of the way out (zenith angle 60° of 90°), due south.
        let south30 = plot.position(of: SkyPoint(azimuth: 180, elevation: 30))
        #expect(abs(south30.y - (c.y + r * 2 / 3)) < 1e-9)
        #expect(plot.maximumIndex == 1)
        let svg = plot.svg(
            labels: SkyPlotLabels(
                title: "Pass <1>", description: "ISS over Kiruna", cardinalPoints: ["N", "E", "S", "W"],
                elevationAxis: "Elevation (°)", aos: "AOS", los: "LOS", maximum: "Max"),
            elevationLabel: ChartFixtures.degrees)
        SampleOutput.write("sky", svg)
        let xml = XMLCheck(svg)
        #expect(xml.isWellFormed)
        #expect(xml.rootAttributes["aria-labelledby"] == "sky-title sky-desc")
        #expect(xml.text.contains("Pass <1>") && xml.text.contains("30°") && xml.text.contains("Elevation (°)"))
    }

    @Test func skyPlotOfARealPassMatchesSkyfield() throws {
        // The highest ISS pass of 2026-03-19 over a station at 48.0857° N, 11.2797° E, 600 m,
        // from skyfield 1.55 (`sat.find_events(wgs84.latlon(48.0857, 11.2797, elevation_m=600), …)`,
        // then `(sat - station).at(t).altaz()`): AOS 20:31:01.151 at az 291.6331°, culmination
        // 20:36:31.995 at el 78.6709°, LOS 20:42:00.236 at az 109.8388°; and at whole seconds
        // 20:32:02 az 292.3075° el 4.1467°, 20:34:02 az 294.7028° el 17.1153°,
        // 20:36:02 az 311.8745° el 60.8160°.
        let propagator = SGP4Propagator(
            try MeanElements(tleLine1: GroundTrackTests.line1, line2: GroundTrackTests.line2))
        let station = try GroundStation(
            id: "op", name: "Oberpfaffenhofen", latitudeDegrees: 48.0857, longitudeDegrees: 11.2797, heightMeters: 600)
        let aos = try Instant(year: 2026, month: 3, day: 19, hour: 20, minute: 31, second: 2)
        let los = try Instant(year: 2026, month: 3, day: 19, hour: 20, minute: 42)
        let plot = try SkyPlot(propagator: propagator, station: station, aos: aos, los: los, stepSeconds: 60)
        // Samples every 60 s from AOS, and LOS itself: 20:31:02 … 20:41:02, 20:42:00.
        #expect(plot.points.count == 12)
        let reference: [(index: Int, azimuth: Double, elevation: Double)] = [
            (1, 292.3075, 4.1467), (3, 294.7028, 17.1153), (5, 311.8745, 60.8160),
        ]
        for (index, azimuth, elevation) in reference {
            #expect(abs(plot.points[index].azimuth - azimuth) < 0.02)
            #expect(abs(plot.points[index].elevation - elevation) < 0.01)
        }
        #expect(abs(plot.points.last!.azimuth - 109.8388) < 0.05)
        #expect(plot.points.allSatisfy { $0.elevation > -0.01 })
        // Sampled every 2 s, the maximum is within 0.01° of skyfield's culmination.
        let fine = try SkyPlot(propagator: propagator, station: station, aos: aos, los: los, stepSeconds: 2)
        let maximum = fine.points[try #require(fine.maximumIndex)].elevation
        #expect(abs(maximum - 78.6709) < 0.01)
        let svg = fine.svg(
            labels: SkyPlotLabels(
                title: "ISS over Oberpfaffenhofen", description: "AOS 20:31 UTC, LOS 20:42 UTC",
                cardinalPoints: ["N", "E", "S", "W"], elevationAxis: "Elevation (°)", aos: "AOS", los: "LOS",
                maximum: "Maximum elevation"),
            elevationLabel: ChartFixtures.degrees)
        SampleOutput.write("sky-pass", svg)
        #expect(XMLCheck(svg).isWellFormed)
    }

    @Test func barChartScalesBarsAndEntitlementMarks() throws {
        let chart = try BarChart(
            entries: [
                BarChartEntry(partner: ChartPartner(name: "ESA", index: 0), received: 0.30, entitlement: 0.25),
                BarChartEntry(
                    partner: ChartPartner(name: ChartFixtures.hostile, index: 1), received: 0.10, entitlement: 0.40),
            ], width: 600)
        // 0 … 40 % → nice axis 0 … 0.4 in steps of 0.1.
        #expect(chart.axis.domain == 0...0.4)
        #expect(chart.axis.ticks.count == 5)
        let svg = chart.svg(
            labels: BarChartLabels(
                title: "Use", description: "Network use per partner", valueAxis: "Share of network time (%)",
                received: "Received", entitlement: "Entitlement"),
            percentLabel: ChartFixtures.percent)
        SampleOutput.write("bars", svg)
        let xml = XMLCheck(svg)
        #expect(xml.isWellFormed)
        let rects = xml.elements(named: "rect").filter { ($0["fill"] ?? "").hasPrefix("url(#use-partner-") }
        #expect(rects.count == 2)
        let left = chart.plotLeft, span = 600 - 56 - left
        // Bar widths are received / 0.4 of the span: 75 % and 25 %.
        #expect(abs(Double(rects[0]["width"]!)! - span * 0.75) < 0.01)
        #expect(abs(Double(rects[1]["width"]!)! - span * 0.25) < 0.01)
        let marks = xml.elements(named: "path").filter { $0["class"] == "entitlement" }
        #expect(marks.count == 2)
        #expect(marks[1]["d"]!.hasPrefix("M\(SVGNumber.format(left + span))"))
        #expect(xml.text.contains("30 %") && xml.text.contains("Share of network time (%)"))
        #expect(throws: ChartError.self) {
            try BarChart(entries: [
                BarChartEntry(partner: ChartPartner(name: "x", index: 0), received: -1, entitlement: 0)
            ])
        }
    }

    @Test func seriesPlotUsesALogAxisForPc() throws {
        let t0 = try Instant(year: 2026, month: 11, day: 20)
        let points = [
            SeriesPoint(instant: t0, value: 2e-5), SeriesPoint(instant: t0.adding(days: 1), value: 3e-4),
            SeriesPoint(instant: t0.adding(days: 2), value: 1e-3),
        ]
        let plot = try SeriesPlot(points: points, scale: .logarithmic, reference: 1e-4, height: 300)
        let axis = plot.valueAxis
        // Decades 1e-5 … 1e-3: three ticks, 1e-4 halfway between the top (12 px) and the bottom (254 px).
        #expect(axis.ticks == [1e-5, 1e-4, 1e-3])
        #expect(abs(axis.y(1e-4) - (12 + 254) / 2) < 1e-9)
        #expect(abs(axis.y(1e-3) - 12) < 1e-9)
        // The time axis runs from 72 + 10 px to 640 − 20 − 10 px (10 px inset from the frame).
        #expect(abs(plot.x(of: t0) - 82) < 1e-9)
        #expect(abs(plot.x(of: t0.adding(days: 1)) - (82 + 610) / 2) < 1e-6)
        let svg = plot.svg(
            labels: SeriesPlotLabels(
                title: "Pc", description: "Pc history", timeAxis: "Screening (UTC)", valueAxis: "Pc"),
            timeLabel: ChartFixtures.hoursMinutes, valueLabel: { "\($0)" })
        SampleOutput.write("series", svg)
        #expect(XMLCheck(svg).isWellFormed)
        #expect(svg.contains("class=\"reference\""))
        do {
            _ = try SeriesPlot(points: [points[0], SeriesPoint(instant: t0, value: 0)], scale: .logarithmic)
            Issue.record("expected an error")
        } catch {
            #expect(error == ChartError(.notPositive, field: "SeriesPlot.points[1].value", value: "0.0"))
        }
    }

    @Test func seriesPlotLinearAxisStartsAtZero() throws {
        let t0 = try Instant(year: 2026, month: 11, day: 20)
        let plot = try SeriesPlot(
            points: [SeriesPoint(instant: t0, value: 1.7), SeriesPoint(instant: t0.adding(days: 1), value: 0.42)],
            scale: .linear)
        #expect(plot.valueAxis.ticks.first == 0)
        #expect(plot.valueAxis.ticks.last == 2)
    }
}
