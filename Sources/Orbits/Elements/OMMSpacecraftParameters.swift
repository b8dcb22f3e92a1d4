/// The spacecraft parameters block of an OMM (`MASS` … `DRAG_COEFF`), all five given together.
public struct OMMSpacecraftParameters: Sendable, Hashable {
    /// `MASS`, kg.
    public var mass: Double
    /// `SOLAR_RAD_AREA`, solar radiation pressure area, m².
    public var solarRadiationArea: Double
    /// `SOLAR_RAD_COEFF`, solar radiation pressure coefficient (dimensionless).
    public var solarRadiationCoefficient: Double
    /// `DRAG_AREA`, m².
    public var dragArea: Double
    /// `DRAG_COEFF`, drag coefficient (dimensionless).
    public var dragCoefficient: Double

    /// Creates the block.
    public init(
        mass: Double, solarRadiationArea: Double, solarRadiationCoefficient: Double, dragArea: Double,
        dragCoefficient: Double
    ) {
        self.mass = mass
        self.solarRadiationArea = solarRadiationArea
        self.solarRadiationCoefficient = solarRadiationCoefficient
        self.dragArea = dragArea
        self.dragCoefficient = dragCoefficient
    }
}
