/// The hand-writable text form of a mask used by Concord station files: `az:el` pairs in
/// degrees separated by spaces or semicolons, e.g. `0:5 90:12.5 180:3 270:8`.
extension HorizonMask {
    /// Parses `az:el` pairs (degrees; blanks or `;` between pairs). A single number with no
    /// colon is a constant mask.
    public init(parsing text: String) throws(StationError) {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\t" })
        if tokens.count == 1, !tokens[0].contains(":") {
            guard let constant = Double(tokens[0]) else {
                throw StationError(
                    .invalidMask, field: "mask", value: String(tokens[0]), reason: "not a number of degrees")
            }
            try self.init(minimumElevationDegrees: constant)
            return
        }
        var points: [Point] = []
        for token in tokens {
            let pair = token.split(separator: ":", omittingEmptySubsequences: false)
            guard pair.count == 2, let azimuth = Double(pair[0]), let elevation = Double(pair[1]) else {
                throw StationError(
                    .invalidMask, field: "mask", value: String(token),
                    reason: "expected 'azimuth_deg:min_elevation_deg'")
            }
            points.append(Point(azimuthDegrees: azimuth, minimumElevationDegrees: elevation))
        }
        try self.init(points: points)
    }

    /// The text form: the constant in degrees, or `az:el` pairs separated by spaces.
    public var text: String {
        if isConstant { return Self.format(maximumElevationDegrees) }
        return points.map { "\(Self.format($0.azimuthDegrees)):\(Self.format($0.minimumElevationDegrees))" }
            .joined(separator: " ")
    }

    /// `10` rather than `10.0`; full precision otherwise.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// This mask with every elevation below `floorDegrees` raised to it: the effective mask of
    /// a station with both a terrain mask and an operational minimum elevation. New vertices
    /// are inserted where a mask segment crosses the floor, so the result is exact.
    public func raised(toAtLeastDegrees floorDegrees: Double) throws(StationError) -> HorizonMask {
        try Self.check(floorDegrees, field: "min_elevation_deg")
        if isConstant { return HorizonMask(uncheckedConstant: Swift.max(maximumElevationDegrees, floorDegrees)) }
        if floorDegrees <= lowestElevationDegrees { return self }
        var result: [Point] = []
        let n = points.count
        for i in 0..<n {
            let a = points[i]
            let b = points[(i + 1) % n]
            result.append(
                Point(
                    azimuthDegrees: a.azimuthDegrees,
                    minimumElevationDegrees: Swift.max(a.minimumElevationDegrees, floorDegrees)))
            let da = a.minimumElevationDegrees - floorDegrees
            let db = b.minimumElevationDegrees - floorDegrees
            if (da < 0 && db > 0) || (da > 0 && db < 0) {
                var span = b.azimuthDegrees - a.azimuthDegrees
                if span <= 0 { span += 360 }
                var azimuth = a.azimuthDegrees + span * (da / (da - db))
                if azimuth >= 360 { azimuth -= 360 }
                if !points.contains(where: { $0.azimuthDegrees == azimuth }) {
                    result.append(Point(azimuthDegrees: azimuth, minimumElevationDegrees: floorDegrees))
                }
            }
        }
        return try HorizonMask(points: result)
    }
}
