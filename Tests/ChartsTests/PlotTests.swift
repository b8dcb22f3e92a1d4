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
        let xml = XMLCheck(svg)
        #expect(xml.isWellFormed)
        #expect(xml.rootAttributes["aria-labelledby"] == "sky-title sky-desc")
        #expect(xml.text.contains("Pass <1>") && xml.text.contains("30°") && xml.text.contains("Elevation (°)"))
    }

    @Test func skyPlotOfARealPassStaysAboveTheHorizon() throws {
        // An ISS pass over Kiruna found by sampling: the first minute with elevation > 0 after 03:00.
        let propagator = SGP4Propagator(
            try MeanElements(tleLine1: GroundTrackTests.line1, line2: GroundTrackTests.line2))
        let station = try GroundStation(
            id: "kir", name: "Kiruna", latitudeDegrees: 67.857, longitudeDegrees: 20.964, heightMeters: 390)
        let frame = TopocentricFrame(latitudeDegrees: 67.857, longitudeDegrees: 20.964, height: 0.39)
        let start = try Instant(year: 2026, month: 3, day: 19, hour: 3)
        var elevations: [(Instant, Double)] = []
        for second in stride(from: 0.0, to: 86_400, by: 20) {
            let t = start.adding(seconds: second)
            let s = try propagator.state(at: t)
            elevations.append((t, frame.lookAngles(temePosition: s.position, velocity: s.velocity, at: t).elevationDegrees))
        }
        let aosIndex = try #require(elevations.indices.first { $0 > 0 && elevations[$0 - 1].1 < 0 && elevations[$0].1 >= 0 })
        let losIndex = try #require(elevations.indices.first { $0 > aosIndex && elevations[$0].1 < 0 }) - 1
        let plot = try SkyPlot(
            propagator: propagator, station: station, aos: elevations[aosIndex].0, los: elevations[losIndex].0)
        #expect(plot.points.count >= 2)
        #expect(plot.points.allSatisfy { $0.elevation >= -0.01 && $0.elevation <= 90 })
        let maximum = plot.points[try #require(plot.maximumIndex)].elevation
        let sampledMaximum = elevations[aosIndex...losIndex].map(\.1).max()!
        #expect(maximum >= sampledMaximum - 1e-9)
    }

    @Test func barChartScalesBarsAndEntitlementMarks() throws {
        let chart = try BarChart(
            entries: [
                BarChartEntry(partner: ChartPartner(name: "ESA", index: 0), received: 0.30, entitlement: 0.25),
                BarChartEntry(partner: ChartPartner(name: ChartFixtures.hostile, index: 1), received: 0.10, entitlement: 0.40),
            ], width: 600)
        // 0 … 40 % → nice axis 0 … 0.4 in steps of 0.1.
        #expect(chart.axis.domain == 0...0.4)
        #expect(chart.axis.ticks.count == 5)
        let svg = chart.svg(
            labels: BarChartLabels(
                title: "Use", description: "Network use per partner", valueAxis: "Share of network time (%)",
                received: "Received", entitlement: "Entitlement"),
            percentLabel: ChartFixtures.percent)
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
            try BarChart(entries: [BarChartEntry(partner: ChartPartner(name: "x", index: 0), received: -1, entitlement: 0)])
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
        #expect(abs(plot.x(of: t0.adding(days: 1)) - (72 + (640 - 20 - 72) / 2)) < 1e-6)
        let svg = plot.svg(
            labels: SeriesPlotLabels(title: "Pc", description: "Pc history", timeAxis: "Screening (UTC)", valueAxis: "Pc"),
            timeLabel: ChartFixtures.hoursMinutes, valueLabel: { "\($0)" })
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
