/// O(1) mask lookups for the pass search.
extension HorizonMask {
    /// The minimum trackable elevation at `azimuthDegrees` (any real value; wrapped to
    /// `0 ..< 360`), degrees, by linear interpolation between the mask's vertices. A non-finite
    /// azimuth gives ``maximumElevationDegrees`` (the conservative answer).
    @inlinable
    public func minimumElevationDegrees(atAzimuthDegrees azimuthDegrees: Double) -> Double {
        if degreeIndex.isEmpty { return maximumElevationDegrees }
        guard azimuthDegrees.isFinite else { return maximumElevationDegrees }
        var a = azimuthDegrees
        if a < 0 || a >= 360 {
            a = a.truncatingRemainder(dividingBy: 360)
            if a < 0 { a += 360 }
            if a >= 360 { a = 0 }  // -tiny + 360 rounds to 360
        }
        return tableAzimuths.withUnsafeBufferPointer { az in
            tableElevations.withUnsafeBufferPointer { el in
                var i = Int(degreeIndex[Int(a)])
                while az[i + 1] <= a { i += 1 }
                let t = (a - az[i]) / (az[i + 1] - az[i])
                return el[i] + t * (el[i + 1] - el[i])
            }
        }
    }

    /// The minimum trackable elevation at `azimuthRadians` (north through east), radians.
    @inlinable
    public func minimumElevationRadians(atAzimuthRadians azimuthRadians: Double) -> Double {
        minimumElevationDegrees(atAzimuthDegrees: azimuthRadians * (180 / Double.pi)) * (Double.pi / 180)
    }

    /// How far `elevationDegrees` lies above the mask at `azimuthDegrees`, degrees: positive
    /// when the direction is trackable. Its zero crossings are acquisition and loss of signal.
    @inlinable
    public func clearanceDegrees(elevationDegrees: Double, azimuthDegrees: Double) -> Double {
        elevationDegrees - minimumElevationDegrees(atAzimuthDegrees: azimuthDegrees)
    }

    /// How far `elevationRadians` lies above the mask at `azimuthRadians`, radians (see
    /// ``clearanceDegrees(elevationDegrees:azimuthDegrees:)``).
    @inlinable
    public func clearanceRadians(elevationRadians: Double, azimuthRadians: Double) -> Double {
        elevationRadians - minimumElevationRadians(atAzimuthRadians: azimuthRadians)
    }

    /// Whether a direction (degrees) is at or above the mask.
    @inlinable
    public func isTrackable(elevationDegrees: Double, azimuthDegrees: Double) -> Bool {
        clearanceDegrees(elevationDegrees: elevationDegrees, azimuthDegrees: azimuthDegrees) >= 0
    }
}
