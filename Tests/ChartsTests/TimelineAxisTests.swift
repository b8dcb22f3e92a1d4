import Foundation
import Orbits
import Testing

@testable import Charts

/// The timeline's time-axis labels stay inside the chart: the label of the span's end (a
/// week's next Monday, a day's 24:00) used to be centred on the right border and cut off.
@Suite struct TimelineAxisTests {
    @Test func tickLabelsAreCentredUnlessTheyWouldCrossTheBorder() {
        // Centred when half the label fits on both sides.
        #expect(Timeline.tickLabelPosition(x: 500, width: 60, chartWidth: 1000) == (500, "middle"))
        // 990 + 30 > 998: ends at its tick.
        #expect(Timeline.tickLabelPosition(x: 990, width: 60, chartWidth: 1000) == (990, "end"))
        // A tick on the border itself: the label ends 2 px inside.
        #expect(Timeline.tickLabelPosition(x: 999.5, width: 60, chartWidth: 1000) == (998, "end"))
        // 10 − 30 < 2: starts at its tick.
        #expect(Timeline.tickLabelPosition(x: 10, width: 60, chartWidth: 1000) == (10, "start"))
    }

    @Test func weekTimelineLabelsFitInsideTheChart() throws {
        let monday = try Instant(year: 2026, month: 11, day: 16)
        let rows = (0..<3).map { TimelineRow(id: "a\($0)", name: "Antenna \($0 + 1)") }
        let bars = [
            TimelineBar(
                row: 0, start: monday.adding(days: 6.9), end: monday.adding(days: 7), kind: .contact(partner: 0),
                label: "Last contact")
        ]
        let timeline = try Timeline(
            start: monday, end: monday.adding(days: 7), rows: rows, bars: bars,
            partners: [ChartPartner(name: "Partner", index: 0)], width: 1000)
        let svg = timeline.svg(labels: ChartFixtures.timelineLabels) { instant in
            "\(instant.calendarDate.day) Nov 2026"
        }
        #expect(XMLCheck(svg).isWellFormed)
        let labels = Self.axisLabels(in: svg)
        // One tick a day, Monday 16 to the next Monday 23 (the span's end) inclusive.
        #expect(labels.map(\.text) == (16...23).map { "\($0) Nov 2026" })
        // Row names of 9 characters: plot from 9 × 7.2 + 14 = 78.8 px to 1000 − 16 = 984 px.
        #expect(labels.first?.x == 78.8 && labels.first?.anchor == "middle")
        #expect(labels.last?.x == 984 && labels.last?.anchor == "end")
        for label in labels {
            let width = ChartDocument.estimatedWidth(label.text, fontSize: 11)
            let left: Double, right: Double
            switch label.anchor {
            case "end": (left, right) = (label.x - width, label.x)
            case "start": (left, right) = (label.x, label.x + width)
            default: (left, right) = (label.x - width / 2, label.x + width / 2)
            }
            #expect(left >= 0 && right <= 1000, "\(label.text) spans \(left)…\(right) px")
        }
        // Neighbouring labels do not overlap (≈ 129 px apart, ≈ 73 px wide).
        for (a, b) in zip(labels, labels.dropFirst()) {
            let half = ChartDocument.estimatedWidth(a.text, fontSize: 11) / 2
            #expect(b.x - a.x > 2 * half, "\(a.text) and \(b.text) overlap")
        }
    }

    @Test func labelsThatWouldOverlapAreLeftOut() throws {
        let monday = try Instant(year: 2026, month: 11, day: 16)
        let timeline = try Timeline(
            start: monday, end: monday.adding(days: 7), rows: [TimelineRow(id: "a", name: "Antenna 1")], bars: [],
            partners: [], width: 1000)
        // Russian medium dates are ~16 characters (≈ 106 px at 11 px): centred labels 129 px
        // apart fit, but the last one, ending at the border, would overlap its neighbour.
        let svg = timeline.svg(labels: ChartFixtures.timelineLabels) { instant in
            "\(instant.calendarDate.day) нояб. 2026 г."
        }
        let labels = Self.axisLabels(in: svg)
        #expect(labels.map(\.text) == (16...22).map { "\($0) нояб. 2026 г." })
        for (a, b) in zip(labels, labels.dropFirst()) {
            let half = ChartDocument.estimatedWidth(a.text, fontSize: 11) / 2
            #expect(b.x - a.x > 2 * half, "\(a.text) and \(b.text) overlap")
        }
    }

    /// The time axis's text elements: position, anchor and text.
    static func axisLabels(in svg: String) -> [(x: Double, anchor: String, text: String)] {
        guard let group = svg.range(of: "<g class=\"time-axis\""),
            let end = svg.range(of: "</g>", range: group.upperBound..<svg.endIndex)
        else { return [] }
        let axis = String(svg[group.upperBound..<end.lowerBound])
        var labels: [(x: Double, anchor: String, text: String)] = []
        for part in axis.components(separatedBy: "<text ").dropFirst() {
            guard let x = Self.attribute("x", in: part).flatMap(Double.init),
                let anchor = Self.attribute("text-anchor", in: part),
                let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>")
            else { continue }
            labels.append((x, anchor, String(part[part.index(after: open)..<close.lowerBound])))
        }
        return labels
    }

    static func attribute(_ name: String, in element: String) -> String? {
        guard let start = element.range(of: " \(name)=\"") ?? element.range(of: "\(name)=\"") else { return nil }
        return String(element[start.upperBound...].prefix { $0 != "\"" })
    }
}
