extension WorldMap {
    /// The map as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - labels: every caption, translated.
    ///   - longitudeLabel: the tick label of a longitude in degrees (ticks every 60°), e.g. "60° E".
    ///   - latitudeLabel: the tick label of a latitude in degrees (ticks every 30°), e.g. "30° N".
    public func svg(
        labels: WorldMapLabels, longitudeLabel: (Double) -> String, latitudeLabel: (Double) -> String
    ) -> String {
        let map = projection
        let legend = self.legend(labels: labels)
        let totalWidth = Self.marginLeft + width + Self.marginRight
        let legendTop = Self.marginTop + map.height + Self.axisHeight
        let totalHeight = legendTop + legend.height(width: totalWidth - Self.marginLeft) + 8
        var svg = ChartDocument.begin(
            width: totalWidth, height: totalHeight, idPrefix: idPrefix, title: labels.title,
            description: labels.description)
        writeDefinitions(into: &svg)
        let f = SVGNumber.format
        // Ocean and land.
        svg.element(
            "rect",
            [
                "x": f(map.left), "y": f(map.top), "width": f(map.width), "height": f(map.height),
                "fill": ChartPalette.ocean,
            ])
        svg.open("g", ["clip-path": "url(#\(idPrefix)-clip)"])
        svg.element(
            "path",
            [
                "d": LandOutline.pathData, "transform": map.tenthsOfDegreeTransform, "fill": ChartPalette.land,
                "stroke": "#9A9A8E", "stroke-width": "0.5", "vector-effect": "non-scaling-stroke",
            ])
        writeGrid(into: &svg)
        if let subsolarPoint { writeNight(into: &svg, subsolarPoint: subsolarPoint) }
        writeVisibilityCircles(into: &svg)
        writeTracks(into: &svg)
        svg.close()
        writeStations(into: &svg)
        if let subsolarPoint {
            let p = map.project(
                GeoPoint(latitude: subsolarPoint.latitude, longitude: subsolarPoint.normalizedLongitude))
            svg.open("g", ["class": "subsolar-point"])
            svg.element("title", text: labels.subsolarPoint)
            MarkerShape.sun.write(into: &svg, x: p.x, y: p.y, size: 5, color: "#F0E442")
            svg.close()
        }
        svg.element(
            "rect",
            [
                "x": f(map.left), "y": f(map.top), "width": f(map.width), "height": f(map.height), "fill": "none",
                "stroke": ChartPalette.text, "stroke-width": "1",
            ])
        writeAxes(into: &svg, labels: labels, longitudeLabel: longitudeLabel, latitudeLabel: latitudeLabel)
        legend.write(
            into: &svg, x: Self.marginLeft, y: legendTop, width: totalWidth - Self.marginLeft, patternPrefix: idPrefix)
        return svg.finish()
    }

    /// The legend entries that apply to what is drawn.
    func legend(labels: WorldMapLabels) -> Legend {
        var entries: [(swatch: Legend.Swatch, caption: String)] = []
        for track in tracks {
            entries.append((.line(color: ChartPalette.style(track.partner).color, dashed: false), track.name))
        }
        if !stations.isEmpty { entries.append((.marker(.triangle, color: "#FFFFFF"), labels.station)) }
        if visibility != nil && !stations.isEmpty {
            entries.append((.line(color: ChartPalette.text, dashed: true), labels.visibilityCircle))
        }
        if subsolarPoint != nil {
            entries.append((.area(color: ChartPalette.night, opacity: 0.28), labels.night))
            entries.append((.marker(.sun, color: "#F0E442"), labels.subsolarPoint))
        }
        return Legend(entries: entries)
    }

    private func writeDefinitions(into svg: inout SVGWriter) {
        let map = projection
        svg.open("defs")
        svg.open("clipPath", ["id": "\(idPrefix)-clip"])
        svg.element(
            "rect",
            [
                "x": SVGNumber.format(map.left), "y": SVGNumber.format(map.top), "width": SVGNumber.format(map.width),
                "height": SVGNumber.format(map.height),
            ])
        svg.close()
        svg.close()
    }

    private func writeGrid(into svg: inout SVGWriter) {
        let map = projection
        var grid = PathBuilder()
        for longitude in stride(from: -120.0, through: 120, by: 60) {
            let top = map.project(GeoPoint(latitude: 90, longitude: longitude))
            grid.move(top.x, top.y)
            grid.line(top.x, top.y + map.height)
        }
        for latitude in stride(from: -60.0, through: 60, by: 30) {
            let left = map.project(GeoPoint(latitude: latitude, longitude: -180))
            grid.move(left.x, left.y)
            grid.line(left.x + map.width, left.y)
        }
        svg.element(
            "path",
            ["d": grid.data, "stroke": "#FFFFFF", "stroke-opacity": "0.8", "stroke-width": "0.75", "fill": "none"])
    }

    private func writeNight(into svg: inout SVGWriter, subsolarPoint: GeoPoint) {
        let map = projection
        let terminator = Terminator(subsolarPoint: subsolarPoint)
        var path = PathBuilder()
        path.polyline(terminator.nightPolygon().map { map.project($0) }, closed: true)
        svg.element(
            "path", ["class": "night", "d": path.data, "fill": ChartPalette.night, "fill-opacity": "0.28"])
    }

    private func writeVisibilityCircles(into svg: inout SVGWriter) {
        guard let visibility else { return }
        let map = projection
        svg.open(
            "g", ["class": "visibility", "fill-opacity": "0.12", "stroke-width": "1.5", "stroke-dasharray": "5 3"])
        for station in stations {
            let color = station.partner.map { ChartPalette.style($0).color } ?? "#0072B2"
            var path = PathBuilder()
            for ring in visibility.circle(around: station.location).mapRings() {
                path.polyline(ring.map { map.project($0) }, closed: true)
            }
            svg.element("path", ["d": path.data, "fill": color, "stroke": ChartPalette.text])
        }
        svg.close()
    }

    private func writeTracks(into svg: inout SVGWriter) {
        let map = projection
        for (index, track) in tracks.enumerated() {
            let style = ChartPalette.style(track.partner)
            var path = PathBuilder()
            for segment in track.track.segments {
                path.polyline(segment.map { map.project($0) })
            }
            svg.open("g", ["class": "ground-track"])
            svg.element("title", text: track.name)
            // The line is stored once and drawn twice: a dark casing under the coloured line keeps
            // light colours visible on land and ocean.
            let id = "\(idPrefix)-track-\(index)"
            svg.open("defs")
            svg.element("path", ["id": id, "d": path.data, "fill": "none"])
            svg.close()
            svg.element(
                "use",
                ["href": "#\(id)", "stroke": ChartPalette.text, "stroke-width": "3.5", "stroke-opacity": "0.6"])
            svg.element("use", ["href": "#\(id)", "stroke": style.color, "stroke-width": "2"])
            if let first = track.track.points.first {
                let p = map.project(first)
                MarkerShape.circle.write(into: &svg, x: p.x, y: p.y, size: 5, color: style.color)
                let leftSide = p.x + 8 + ChartDocument.estimatedWidth(track.name) > map.left + map.width
                svg.element(
                    "text",
                    [
                        "x": SVGNumber.format(leftSide ? p.x - 8 : p.x + 8), "y": SVGNumber.format(p.y - 6),
                        "text-anchor": leftSide ? "end" : "start", "font-weight": "bold", "stroke": "#FFFFFF",
                        "stroke-width": "3", "paint-order": "stroke",
                    ], text: track.name)
            }
            svg.close()
        }
    }

    private func writeStations(into svg: inout SVGWriter) {
        let map = projection
        svg.open("g", ["class": "stations"])
        for station in stations {
            let p = map.project(
                GeoPoint(latitude: station.location.latitude, longitude: station.location.normalizedLongitude))
            let color = station.partner.map { ChartPalette.style($0).color } ?? "#FFFFFF"
            svg.open("g", ["id": "\(idPrefix)-station-\(station.id)"])
            svg.element("title", text: station.name)
            MarkerShape.triangle.write(into: &svg, x: p.x, y: p.y, size: 5, color: color)
            // Names near the right edge go to the left of the marker.
            let leftSide = p.x + 8 + ChartDocument.estimatedWidth(station.name, fontSize: 11) > map.left + map.width
            svg.element(
                "text",
                [
                    "x": SVGNumber.format(leftSide ? p.x - 8 : p.x + 8), "y": SVGNumber.format(p.y + 4),
                    "font-size": "11", "text-anchor": leftSide ? "end" : "start", "stroke": "#FFFFFF",
                    "stroke-width": "3", "paint-order": "stroke",
                ], text: station.name)
            svg.close()
        }
        svg.close()
    }

    private func writeAxes(
        into svg: inout SVGWriter, labels: WorldMapLabels, longitudeLabel: (Double) -> String,
        latitudeLabel: (Double) -> String
    ) {
        let map = projection
        let f = SVGNumber.format
        svg.open("g", ["class": "axes", "font-size": "11", "fill": ChartPalette.mutedText])
        for longitude in stride(from: -180.0, through: 180, by: 60) {
            let p = map.project(GeoPoint(latitude: -90, longitude: longitude))
            svg.element(
                "text", ["x": f(p.x), "y": f(p.y + 14), "text-anchor": "middle"], text: longitudeLabel(longitude))
        }
        for latitude in stride(from: -90.0, through: 90, by: 30) {
            let p = map.project(GeoPoint(latitude: latitude, longitude: -180))
            svg.element(
                "text", ["x": f(p.x - 5), "y": f(p.y + 4), "text-anchor": "end"], text: latitudeLabel(latitude))
        }
        svg.close()
        svg.element(
            "text",
            ["x": f(map.left + map.width / 2), "y": f(map.top + map.height + 32), "text-anchor": "middle"],
            text: labels.longitudeAxis)
        let cx = 14.0, cy = map.top + map.height / 2
        svg.element(
            "text",
            ["x": f(cx), "y": f(cy), "text-anchor": "middle", "transform": "rotate(-90 \(f(cx)) \(f(cy)))"],
            text: labels.latitudeAxis)
    }
}
