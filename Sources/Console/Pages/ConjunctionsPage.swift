import Charts
import Consortium
import Foundation
import Orbits
import SpaceSafety
import Storage

/// Conjunctions: the events involving the viewer's spacecraft (every event for consortium
/// administrators) with miss distance and maximum Pc, and for a chosen event its history over
/// successive screenings (plots of miss distance and Pc) and its CDM.
///
/// The scope is the API's (`ConjunctionScope.partner`); objects are shown by their public
/// catalog number and name only, never another partner's registry record.
enum ConjunctionsPage {
    struct EventRow: Sendable {
        var id: String
        var primary: String
        var secondary: String
        var tca: String
        var miss: String
        var pc: String
        var observations: String
        var link: String
        var selected: Bool
    }

    struct HistoryRow: Sendable {
        var screened: String
        var tca: String
        var miss: String
        var pc: String
        var flags: String
    }

    struct Detail: Sendable {
        var title: String
        var rows: [HistoryRow]
        var missChart: String?
        var pcChart: String?
        var cdmKVN: String
        var cdmXML: String
    }

    struct Body: Sendable {
        var events: [EventRow]
        var hasEvents: Bool
        var detail: Detail?
    }

    /// The characters left as they are in an event id in a URL (ids are `36605-31698-20260319T101512Z`).
    static let idCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))

    /// The most events listed.
    static let maximumEvents = 200

    /// The events `viewer` may read.
    static func scope(of viewer: Viewer) -> ConjunctionScope {
        viewer.principal.isConsortiumAdmin ? .all : .partner(viewer.principal.partner)
    }

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        let scope = scope(of: input.viewer)
        let page = try await input.repository.conjunctionEvents(
            scope: scope, filter: ConjunctionFilter(), page: PageRequest(limit: maximumEvents))
        let events = page.items.sorted { $0.latest.tca < $1.latest.tca }
        let chosen = input.query["event"]
        let format = input.format
        let rows = events.map { event in
            EventRow(
                id: event.id, primary: "\(event.primary.name) (\(event.primary.noradID))",
                secondary: "\(event.secondary.name) (\(event.secondary.noradID))",
                tca: format.dateTime(event.latest.tca),
                miss: format.number(event.latest.missDistanceKm, digits: 3) + " km",
                pc: probability(event.latest.maximumPc), observations: format.integer(event.observationCount),
                link:
                    "?event=\(event.id.addingPercentEncoding(withAllowedCharacters: ConjunctionsPage.idCharacters) ?? "")#event",
                selected: event.id == chosen)
        }
        var detail: Detail?
        if let chosen, let event = try await input.repository.conjunctionEvent(id: chosen, scope: scope) {
            detail = self.detail(of: event, input: input)
        }
        return PageContent(
            template: "conjunctions", titleKey: "conjunctions_title",
            body: Body(events: rows, hasEvents: !rows.isEmpty, detail: detail))
    }

    /// The history of one event.
    static func detail(of event: ConjunctionEventRecord, input: PageInput) -> Detail {
        let format = input.format
        let history = (event.history.isEmpty ? [event.latest] : event.history).sorted { $0.screenedAt < $1.screenedAt }
        let encoded = event.id.addingPercentEncoding(withAllowedCharacters: ConjunctionsPage.idCharacters) ?? ""
        return Detail(
            title: input.text(
                "conjunctions_event_title", ["primary": event.primary.name, "secondary": event.secondary.name]),
            rows: history.map { observation in
                HistoryRow(
                    screened: format.dateTime(observation.screenedAt), tca: format.time(observation.tca),
                    miss: format.number(observation.missDistanceKm, digits: 3) + " km",
                    pc: probability(observation.maximumPc), flags: observation.flags.joined(separator: ", "))
            },
            missChart: chart(
                history.map { SeriesPoint(instant: $0.screenedAt, value: $0.missDistanceKm) }, scale: .linear,
                title: input.text("conjunctions_miss_chart"), axis: input.text("axis_miss_km"), id: "miss",
                value: { format.number($0, digits: 2) }, input: input),
            pcChart: chart(
                history.filter { $0.maximumPc > 0 }.map { SeriesPoint(instant: $0.screenedAt, value: $0.maximumPc) },
                scale: .logarithmic, title: input.text("conjunctions_pc_chart"), axis: input.text("axis_pc"), id: "pc",
                value: probability, input: input),
            cdmKVN: "/console/conjunctions/\(encoded)/cdm", cdmXML: "/console/conjunctions/\(encoded)/cdm?format=xml")
    }

    /// A plot of one quantity over the screenings, or `nil` with fewer than two points.
    static func chart(
        _ points: [SeriesPoint], scale: SeriesScale, title: String, axis: String, id: String,
        value: (Double) -> String, input: PageInput
    ) -> String? {
        guard points.count > 1,
            let plot = try? SeriesPlot(points: points, scale: scale, width: 640, height: 260, idPrefix: id)
        else { return nil }
        let labels = SeriesPlotLabels(
            title: title,
            description: input.text("conjunctions_chart_desc", ["count": input.format.integer(points.count)]),
            timeAxis: input.text("axis_screened_utc"), valueAxis: axis)
        return plot.svg(labels: labels, timeLabel: { input.format.dateTime($0) }, valueLabel: value)
    }

    /// A probability as `1.2e-5` (0 as `0`).
    static func probability(_ value: Double) -> String {
        value <= 0 ? "0" : String(format: "%.1e", value)
    }
}
