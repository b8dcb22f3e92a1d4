/// Builds SVG path data (`d`) from points in pixels: move, line, close, with compact numbers.
public struct PathBuilder: Sendable {
    /// The path data so far.
    public private(set) var data: String = ""

    /// Creates an empty path.
    public init() {}

    /// Whether nothing has been added.
    public var isEmpty: Bool { data.isEmpty }

    /// Starts a new subpath at (x, y) px.
    public mutating func move(_ x: Double, _ y: Double) {
        data += "M" + SVGNumber.format(x) + " " + SVGNumber.format(y)
    }

    /// A straight line to (x, y) px.
    public mutating func line(_ x: Double, _ y: Double) {
        data += "L" + SVGNumber.format(x) + " " + SVGNumber.format(y)
    }

    /// Closes the current subpath.
    public mutating func close() {
        data += "Z"
    }

    /// A polyline through `points` (x, y px): a move to the first, lines to the rest; closed
    /// when `closed` is true. Fewer than two points add nothing.
    public mutating func polyline(_ points: [(x: Double, y: Double)], closed: Bool = false) {
        guard points.count >= 2 else { return }
        move(points[0].x, points[0].y)
        for point in points.dropFirst() { line(point.x, point.y) }
        if closed { close() }
    }
}
