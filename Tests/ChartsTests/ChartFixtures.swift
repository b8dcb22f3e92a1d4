import Foundation
import Orbits

@testable import Charts

/// Inputs shared by the rendering tests, with hostile strings where text is user-controlled.
enum ChartFixtures {
    static let hostile = "A<B & \"C\" 'D'"

    static let mapLabels = WorldMapLabels(
        title: "Stations & tracks <now>", description: "Ground stations, visibility, tracks, night.",
        longitudeAxis: "Longitude (°)", latitudeAxis: "Latitude (°)", station: "Ground station",
        visibilityCircle: "Visibility at 420 km, 10°", night: "Night", subsolarPoint: "Subsolar point")

    static let timelineLabels = TimelineLabels(
        title: "Network schedule", description: "Contacts per antenna.", timeAxis: "Time (UTC)",
        downtime: "Downtime", ownContact: "Your contacts")

    static func degrees(_ value: Double) -> String { "\(Int(value))°" }

    static func hoursMinutes(_ instant: Instant) -> String {
        let date = instant.calendarDate
        return (date.hour < 10 ? "0" : "") + "\(date.hour):" + (date.minute < 10 ? "0" : "") + "\(date.minute)"
    }

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded())) %" }
}

/// Writes a rendered chart to `$CHARTS_SAMPLES/<name>.svg` when that variable is set, so the
/// documents can be looked at (e.g. screenshotted with headless Chromium); nothing otherwise.
enum SampleOutput {
    static func write(_ name: String, _ svg: String) {
        guard let directory = ProcessInfo.processInfo.environment["CHARTS_SAMPLES"] else { return }
        try? svg.write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
    }
}
