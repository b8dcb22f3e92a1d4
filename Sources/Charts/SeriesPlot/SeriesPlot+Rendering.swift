import Orbits

extension SeriesPlot {
    /// The plot as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - labels: every caption, translated.
    ///   - tickCount: about how many time ticks to draw (round UTC steps, see ``TimeTicks``).
    ///   - timeLabel: the tick label of a UTC instant, formatted by the caller.
    ///   - valueLabel: the tick label of a value, formatted by the caller (e.g. "2.5" km, "1e-4").
    public func svg(
        labels: SeriesPlotLabels, tickCount: Int = 6, timeLabel: (Instant) -> String, valueLabel: (Double) -> String
    ) -> String {
        let f = SVGNumber.format
        let left = Self.marginLeft, right = width - Self.marginRight
        let top = Self.marginTop, bottom = height - Self.marginBottom
        let axis = valueAxis
        var svg = ChartDocument.begin(
            width: width, height: height, idPrefix: idPrefix, title: labels.title, description: labels.description)
        var grid = PathBuilder()
        svg.open("g", ["class": "axes", "font-size": "11", "fill": ChartPalette.mutedText])
        for tick in axis.ticks {
            let y = axis.y(tick)
            grid.move(left - 4, y)
            grid.line(right, y)
            svg.element("text", ["x": f(left - 8), "y": f(y + 4), "text-anchor": "end"], text: valueLabel(tick))
        }
        let span = timeSpan
        for tick in TimeTicks.instants(from: span.start, to: span.end, count: tickCount) {
            let x = self.x(of: tick)
            grid.move(x, top)
            grid.line(x, bottom + 4)
            svg.element("text", ["x": f(x), "y": f(bottom + 16), "text-anchor": "middle"], text: timeLabel(tick))
        }
        svg.close()
        svg.element("path", ["d": grid.data, "stroke": ChartPalette.grid, "fill": "none"])
        svg.element(
            "rect",
            [
                "x": f(left), "y": f(top), "width": f(right - left), "height": f(bottom - top), "fill": "none",
                "stroke": ChartPalette.text,
            ])
        if let reference {
            let y = axis.y(reference)
            svg.element(
                "path",
                [
                    "class": "reference", "d": "M\(f(left)) \(f(y))H\(f(right))", "stroke": "#D55E00",
                    "stroke-width": "1.5", "stroke-dasharray": "6 3",
                ])
        }
        var line = PathBuilder()
        line.polyline(points.map { (x(of: $0.instant), axis.y($0.value)) })
        svg.element(
            "path", ["class": "series", "d": line.data, "fill": "none", "stroke": "#0072B2", "stroke-width": "2"])
        svg.open("g", ["class": "points"])
        for point in points {
            svg.open(
                "circle",
                [
                    ("cx", f(x(of: point.instant))), ("cy", f(axis.y(point.value))), ("r", "4"), ("fill", "#0072B2"),
                    ("stroke", "#FFFFFF"), ("stroke-width", "1.5"),
                ])
            svg.element("title", text: "\(timeLabel(point.instant)): \(valueLabel(point.value))")
            svg.close()
        }
        svg.close()
        svg.element(
            "text", ["x": f((left + right) / 2), "y": f(height - 8), "text-anchor": "middle"], text: labels.timeAxis)
        let cx = 14.0, cy = (top + bottom) / 2
        svg.element(
            "text",
            ["x": f(cx), "y": f(cy), "text-anchor": "middle", "transform": "rotate(-90 \(f(cx)) \(f(cy)))"],
            text: labels.valueAxis)
        return svg.finish()
    }
}
