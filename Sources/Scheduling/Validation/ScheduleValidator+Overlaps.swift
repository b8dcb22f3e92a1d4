extension ScheduleValidator {
    /// Reports every pair of contacts keeping one antenna busy at once.
    func checkAntennaOverlaps(_ items: [Resolved], into found: inout [Violation]) {
        var byAntenna = [[(span: MilliSpan, index: Int)]](repeating: [], count: problem.antennas.count)
        for item in items {
            for antenna in item.antennas { byAntenna[antenna].append((item.busy, item.index)) }
        }
        for (antenna, list) in byAntenna.enumerated() {
            for (a, b) in Self.overlappingPairs(list) {
                found.append(
                    Violation(
                        .antennaOverlap, contacts: [a.index, b.index], subject: problem.antennas[antenna].id,
                        detail: "busy \(text(a.span.start))–\(text(a.span.end)) and \(text(b.span.start))–"
                            + "\(text(b.span.end)) overlap (setup and teardown included)"))
            }
        }
    }

    /// Reports every pair of contacts tracking one spacecraft at once, for spacecraft that do
    /// not allow simultaneous contacts.
    func checkSpacecraftOverlaps(_ items: [Resolved], into found: inout [Violation]) {
        var byCraft: [String: [(span: MilliSpan, index: Int)]] = [:]
        for item in items {
            byCraft[problem.requests[item.request].spacecraft, default: []].append((item.track, item.index))
        }
        let allowed = Set(problem.spacecraft.filter(\.simultaneousContacts).map(\.id))
        for craft in byCraft.keys.sorted() where !allowed.contains(craft) {
            for (a, b) in Self.overlappingPairs(byCraft[craft]!) {
                found.append(
                    Violation(
                        .spacecraftOverlap, contacts: [a.index, b.index], subject: craft,
                        detail: "tracking \(text(a.span.start))–\(text(a.span.end)) and \(text(b.span.start))–"
                            + "\(text(b.span.end)) overlap"))
            }
        }
    }

    /// Every pair of overlapping spans, earlier start first: a sweep keeping the spans still
    /// open (a valid schedule keeps at most one open, so this is linear after the sort).
    static func overlappingPairs(
        _ list: [(span: MilliSpan, index: Int)]
    ) -> [(
        (span: MilliSpan, index: Int), (span: MilliSpan, index: Int)
    )] {
        let sorted = list.sorted { $0.span != $1.span ? $0.span < $1.span : $0.index < $1.index }
        var open: [(span: MilliSpan, index: Int)] = []
        var pairs: [((span: MilliSpan, index: Int), (span: MilliSpan, index: Int))] = []
        for item in sorted {
            open.removeAll { $0.span.end <= item.span.start }
            for earlier in open { pairs.append((earlier, item)) }
            open.append(item)
        }
        return pairs
    }
}
