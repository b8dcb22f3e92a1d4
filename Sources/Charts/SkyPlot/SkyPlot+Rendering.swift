extension SkyPlot {
    /// The sky plot as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - labels: every caption, translated.
    ///   - elevationLabel: the label of an elevation ring in degrees (0, 30, 60), e.g. "30°".
    public func svg(labels: SkyPlotLabels, elevationLabel: (Double) -> String) -> String {
        let f = SVGNumber.format
        let c = center
        let legend = Legend(entries: [
            (.marker(.triangle, color: "#FFFFFF"), labels.aos),
            (.marker(.diamond, color: "#FFFFFF"), labels.maximum),
            (.marker(.invertedTriangle, color: "#FFFFFF"), labels.los),
        ])
        let legendTop = c.y + radius + 48
        let height = legendTop + legend.height(width: size - 16) + 6
        var svg = ChartDocument.begin(
            width: size, height: height, idPrefix: idPrefix, title: labels.title, description: labels.description)
        // Rings at 0°, 30°, 60° elevation, and the azimuth spokes every 30°.
        svg.open("g", ["class": "grid", "fill": "none", "stroke": ChartPalette.grid])
        for elevation in [0.0, 30, 60] {
            let r = (90 - elevation) / 90 * radius
            svg.element(
                "circle",
                [
                    "cx": f(c.x), "cy": f(c.y), "r": f(r),
                    "stroke": elevation == 0 ? ChartPalette.text : ChartPalette.grid,
                ])
        }
        var spokes = PathBuilder()
        for azimuth in stride(from: 0.0, to: 360, by: 30) {
            let edge = position(of: SkyPoint(azimuth: azimuth, elevation: 0))
            spokes.move(c.x, c.y)
            spokes.line(edge.x, edge.y)
        }
        svg.element("path", ["d": spokes.data])
        svg.close()
        writePath(into: &svg, labels: labels)
        // Ring labels along the north-east diagonal (over the path, with a white halo), and the
        // cardinal points outside the horizon.
        svg.open(
            "g",
            [
                "class": "labels", "font-size": "11", "fill": ChartPalette.mutedText, "stroke": "#FFFFFF",
                "stroke-width": "3", "paint-order": "stroke",
            ])
        for elevation in [0.0, 30, 60] {
            let p = position(of: SkyPoint(azimuth: 45, elevation: elevation))
            svg.element("text", ["x": f(p.x + 3), "y": f(p.y - 3)], text: elevationLabel(elevation))
        }
        svg.close()
        let cardinal = labels.cardinalPoints + Array(repeating: "", count: max(0, 4 - labels.cardinalPoints.count))
        for (index, azimuth) in [0.0, 90, 180, 270].enumerated() {
            let p = position(of: SkyPoint(azimuth: azimuth, elevation: 0))
            let dx = [0.0, 14, 0, -14][index], dy = [-8.0, 4, 18, 4][index]
            svg.element(
                "text",
                [
                    "x": f(p.x + dx), "y": f(p.y + dy), "text-anchor": "middle", "font-weight": "bold",
                ], text: cardinal[index])
        }
        svg.element(
            "text", ["x": f(c.x), "y": f(c.y + radius + 38), "text-anchor": "middle"], text: labels.elevationAxis)
        legend.write(into: &svg, x: 8, y: legendTop, width: size - 16, patternPrefix: idPrefix)
        return svg.finish()
    }

    private func writePath(into svg: inout SVGWriter, labels: SkyPlotLabels) {
        guard let first = points.first, let last = points.last else { return }
        let color = partner.map { ChartPalette.style($0).color } ?? "#0072B2"
        var path = PathBuilder()
        path.polyline(points.map { position(of: $0) })
        svg.open("g", ["class": "pass"])
        svg.element(
            "path",
            ["d": path.data, "fill": "none", "stroke": ChartPalette.text, "stroke-width": "4", "stroke-opacity": "0.6"])
        svg.element("path", ["d": path.data, "fill": "none", "stroke": color, "stroke-width": "2.5"])
        let markers: [(SkyPoint, MarkerShape, String)] =
            [(first, .triangle, labels.aos)] + (maximumIndex.map { [(points[$0], .diamond, labels.maximum)] } ?? [])
            + [(last, .invertedTriangle, labels.los)]
        for (point, shape, caption) in markers {
            let p = position(of: point)
            svg.open("g")
            svg.element("title", text: caption)
            shape.write(into: &svg, x: p.x, y: p.y, size: 5, color: "#FFFFFF")
            svg.close()
        }
        svg.close()
    }
}
