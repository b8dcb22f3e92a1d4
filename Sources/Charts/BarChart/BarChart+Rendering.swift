extension BarChart {
    /// The bar chart as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - labels: every caption, translated.
    ///   - percentLabel: the label of a share given as a fraction (0.25), e.g. "25 %" — used
    ///     for the axis ticks and the value written after each bar.
    public func svg(labels: BarChartLabels, percentLabel: (Double) -> String) -> String {
        let f = SVGNumber.format
        let scale = valueScale
        let plotBottom = Self.marginTop + Double(entries.count) * Self.rowHeight
        let legend = Legend(entries: [
            (.area(color: "#8C8C8C", opacity: 1), labels.received),
            (.line(color: ChartPalette.highlight, dashed: false), labels.entitlement),
        ])
        let legendTop = plotBottom + 40
        let height = legendTop + legend.height(width: width - plotLeft) + 8
        var svg = ChartDocument.begin(
            width: width, height: height, idPrefix: idPrefix, title: labels.title, description: labels.description)
        svg.open("defs")
        var seen = Set<Int>()
        for entry in entries where seen.insert(entry.partner.index).inserted {
            entry.partner.style.writeDefinition(into: &svg, prefix: idPrefix)
        }
        svg.close()
        // Grid and tick labels.
        var grid = PathBuilder()
        svg.open("g", ["class": "value-axis", "font-size": "11", "fill": ChartPalette.mutedText])
        for tick in axis.ticks {
            let x = scale(tick)
            grid.move(x, Self.marginTop)
            grid.line(x, plotBottom + 4)
            svg.element(
                "text", ["x": f(x), "y": f(plotBottom + 16), "text-anchor": "middle"], text: percentLabel(tick))
        }
        svg.close()
        svg.element("path", ["d": grid.data, "stroke": ChartPalette.grid, "fill": "none"])
        // Bars, entitlement marks and values.
        for (index, entry) in entries.enumerated() {
            let top = Self.marginTop + Double(index) * Self.rowHeight
            let y = top + (Self.rowHeight - Self.barHeight) / 2
            svg.open("g", ["class": "bar", "id": "\(idPrefix)-bar-\(index)"])
            svg.element(
                "title",
                text: "\(entry.partner.name): \(labels.received) \(percentLabel(entry.received)), "
                    + "\(labels.entitlement) \(percentLabel(entry.entitlement))")
            svg.element(
                "text", ["x": f(plotLeft - 8), "y": f(top + Self.rowHeight / 2 + 4), "text-anchor": "end"],
                text: entry.partner.name)
            svg.element(
                "rect",
                [
                    "x": f(scale(0)), "y": f(y), "width": f(max(scale(entry.received) - scale(0), 0)),
                    "height": f(Self.barHeight), "fill": "url(#\(entry.partner.style.patternID(prefix: idPrefix)))",
                    "stroke": ChartPalette.text, "stroke-width": "0.5",
                ])
            let mark = scale(entry.entitlement)
            svg.element(
                "path",
                [
                    "class": "entitlement", "d": "M\(f(mark)) \(f(top + 2))V\(f(top + Self.rowHeight - 2))",
                    "stroke": ChartPalette.highlight, "stroke-width": "3",
                ])
            // The value goes right after the bar, or after the mark when the mark is in its way.
            let value = percentLabel(entry.received)
            var valueX = scale(entry.received) + 6
            if mark >= valueX - 8 && mark <= valueX + ChartDocument.estimatedWidth(value, fontSize: 11) + 2 {
                valueX = mark + 6
            }
            svg.element(
                "text", ["x": f(valueX), "y": f(top + Self.rowHeight / 2 + 4), "font-size": "11"], text: value)
            svg.close()
        }
        svg.element(
            "path",
            ["d": "M\(f(scale(0))) \(f(Self.marginTop))V\(f(plotBottom))", "stroke": ChartPalette.text, "fill": "none"])
        svg.element(
            "text",
            [
                "x": f((plotLeft + width - Self.marginRight) / 2), "y": f(plotBottom + 32), "text-anchor": "middle",
            ], text: labels.valueAxis)
        legend.write(into: &svg, x: plotLeft, y: legendTop, width: width - plotLeft, patternPrefix: idPrefix)
        return svg.finish()
    }
}
