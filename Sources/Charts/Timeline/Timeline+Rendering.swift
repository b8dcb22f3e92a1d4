import Orbits

extension Timeline {
    /// The timeline as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - labels: every caption, translated.
    ///   - tickCount: about how many time ticks to draw (round UTC steps, see ``TimeTicks``).
    ///   - timeLabel: the tick label of a UTC instant, formatted by the caller (e.g. "06:00" for a
    ///     day, "Tue 24" for a week).
    public func svg(labels: TimelineLabels, tickCount: Int = 8, timeLabel: (Instant) -> String) -> String {
        let f = SVGNumber.format
        let plotBottom = rowTop(rows.count)
        let axisBottom = plotBottom + 40
        let legend = self.legend(labels: labels)
        let height = axisBottom + legend.height(width: width - plotLeft) + 8
        var svg = ChartDocument.begin(
            width: width, height: height, idPrefix: idPrefix, title: labels.title, description: labels.description)
        writeDefinitions(into: &svg)
        // Row bands and names.
        svg.open("g", ["class": "rows"])
        for (index, row) in rows.enumerated() {
            let top = rowTop(index)
            if index % 2 == 1 {
                svg.element(
                    "rect",
                    [
                        "x": f(plotLeft), "y": f(top), "width": f(plotWidth), "height": f(Self.rowHeight),
                        "fill": "#F4F4F4",
                    ])
            }
            svg.element(
                "text", ["x": f(plotLeft - 8), "y": f(top + Self.rowHeight / 2 + 4), "text-anchor": "end"],
                text: row.name)
        }
        svg.close()
        writeTicks(into: &svg, tickCount: tickCount, top: Self.marginTop, bottom: plotBottom, timeLabel: timeLabel)
        writeBars(into: &svg)
        svg.element(
            "rect",
            [
                "x": f(plotLeft), "y": f(Self.marginTop), "width": f(plotWidth),
                "height": f(plotBottom - Self.marginTop), "fill": "none", "stroke": ChartPalette.text,
            ])
        svg.element(
            "text", ["x": f(plotLeft + plotWidth / 2), "y": f(plotBottom + 34), "text-anchor": "middle"],
            text: labels.timeAxis)
        legend.write(into: &svg, x: plotLeft, y: axisBottom, width: width - plotLeft, patternPrefix: idPrefix)
        return svg.finish()
    }

    /// The legend: each partner, downtime, and the viewer's own contacts when any are shown.
    func legend(labels: TimelineLabels) -> Legend {
        var entries: [(swatch: Legend.Swatch, caption: String)] = partners.map { (.partner($0.style), $0.name) }
        if bars.contains(where: { $0.kind == .downtime }) {
            entries.append((.patternFill(id: "\(idPrefix)-downtime"), labels.downtime))
        }
        if bars.contains(where: \.isOwn) { entries.append((.outline, labels.ownContact)) }
        return Legend(entries: entries)
    }

    /// The partner palette indices used by bars or the legend.
    var partnerIndices: [Int] {
        var seen = Set<Int>()
        var out: [Int] = []
        for index in partners.map(\.index)
            + bars.compactMap({ bar -> Int? in
                if case .contact(let partner) = bar.kind { return partner }
                return nil
            }) where seen.insert(index).inserted
        {
            out.append(index)
        }
        return out
    }

    private func writeDefinitions(into svg: inout SVGWriter) {
        svg.open("defs")
        for index in partnerIndices { ChartPalette.style(index).writeDefinition(into: &svg, prefix: idPrefix) }
        svg.open(
            "pattern",
            [
                "id": "\(idPrefix)-downtime", "patternUnits": "userSpaceOnUse", "width": "6", "height": "6",
                "patternTransform": "rotate(45)",
            ])
        svg.element("rect", ["width": "6", "height": "6", "fill": "#FFFFFF"])
        svg.element("path", ["d": "M0 0V6", "stroke": "#595959", "stroke-width": "2.5"])
        svg.close()
        svg.open("clipPath", ["id": "\(idPrefix)-clip"])
        svg.element(
            "rect",
            [
                "x": SVGNumber.format(plotLeft), "y": SVGNumber.format(Self.marginTop),
                "width": SVGNumber.format(plotWidth), "height": SVGNumber.format(Double(rows.count) * Self.rowHeight),
            ])
        svg.close()
        svg.close()
    }

    private func writeTicks(
        into svg: inout SVGWriter, tickCount: Int, top: Double, bottom: Double, timeLabel: (Instant) -> String
    ) {
        let f = SVGNumber.format
        let scale = timeScale
        var grid = PathBuilder()
        svg.open("g", ["class": "time-axis", "font-size": "11", "fill": ChartPalette.mutedText])
        // The right end of the last label written, px: a label that would overlap it (long
        // dates of some languages on a week, the span's end pushed left) is left out.
        var previousRight = -Double.infinity
        for tick in TimeTicks.instants(from: start, to: end, count: tickCount) {
            let x = scale(tick.seconds(since: start))
            grid.move(x, top)
            grid.line(x, bottom + 4)
            let label = timeLabel(tick)
            let labelWidth = ChartDocument.estimatedWidth(label, fontSize: 11)
            let placed = Self.tickLabelPosition(x: x, width: labelWidth, chartWidth: width)
            let left: Double
            switch placed.anchor {
            case "end": left = placed.x - labelWidth
            case "start": left = placed.x
            default: left = placed.x - labelWidth / 2
            }
            guard left >= previousRight + 4 else { continue }
            previousRight = left + labelWidth
            svg.element("text", ["x": f(placed.x), "y": f(bottom + 16), "text-anchor": placed.anchor], text: label)
        }
        svg.close()
        svg.element("path", ["d": grid.data, "stroke": ChartPalette.grid, "stroke-width": "1", "fill": "none"])
    }

    /// Where a tick label of about `width` px goes so that it stays inside the chart: centred
    /// on its tick `x`, or ending at the tick (right edge: the span's end) or starting at it
    /// (left edge) when centred it would cross the chart's border (2 px inset).
    static func tickLabelPosition(x: Double, width: Double, chartWidth: Double) -> (x: Double, anchor: String) {
        let inset = 2.0
        if x + width / 2 > chartWidth - inset { return (min(x, chartWidth - inset), "end") }
        if x - width / 2 < inset { return (max(x, inset), "start") }
        return (x, "middle")
    }

    private func writeBars(into svg: inout SVGWriter) {
        let f = SVGNumber.format
        let scale = timeScale
        let left = plotLeft, right = plotLeft + plotWidth
        let contactFills = Dictionary(
            partnerIndices.map { ($0, "url(#\(ChartPalette.style($0).patternID(prefix: idPrefix)))") },
            uniquingKeysWith: { first, _ in first })
        let downtimeFill = "url(#\(idPrefix)-downtime)"
        let barPrefix = "\(idPrefix)-bar-"
        let height = f(Self.barHeight)
        svg.reserveCapacity(bars.count * 260)
        svg.open("g", ["class": "bars", "clip-path": "url(#\(idPrefix)-clip)"])
        for (index, bar) in bars.enumerated() where bar.end > start && bar.start < end {
            let x0 = max(scale(bar.start.seconds(since: start)), left)
            let x1 = min(scale(bar.end.seconds(since: start)), right)
            let y = rowTop(bar.row) + (Self.rowHeight - Self.barHeight) / 2
            let fill: String
            switch bar.kind {
            case .contact(let partner):
                fill =
                    contactFills[partner] ?? "url(#\(ChartPalette.style(partner).patternID(prefix: idPrefix)))"
            case .downtime: fill = downtimeFill
            }
            svg.open(
                "rect",
                [
                    "id": barPrefix + String(index), "x": f(x0), "y": f(y),
                    "width": f(max(x1 - x0, Self.minimumBarWidth)), "height": height, "fill": fill,
                ],
                bar.isOwn
                    ? ["stroke": ChartPalette.highlight, "stroke-width": "2.5", "class": "own"]
                    : ["stroke": ChartPalette.text, "stroke-width": "0.5"])
            svg.element("title", text: bar.label)
            svg.close()
        }
        svg.close()
    }
}
