import Orbits

extension Conjunction {
    /// A CCSDS CDM 1.0 (508.0-B-1) for this close approach, as a screening from element sets
    /// can state it: TCA, miss distance, relative speed and relative state on the primary's
    /// RTN axes, the screening period and volume, and both states at TCA in ITRF (rotated from
    /// SGP4's TEME at TCA, without polar motion).
    ///
    /// Element sets carry no covariance, so the covariance blocks are zero with
    /// `COVARIANCE_METHOD = DEFAULT` and a comment saying so, and no probability is stated:
    /// compute one from the partners' own covariances (`Pc2D`), or bound it (`MaximumPc`).
    /// - Parameters:
    ///   - options: the screening that found it (its period and volume go into the message).
    ///   - originator: `ORIGINATOR`, e.g. the consortium's name.
    ///   - creationDate: `CREATION_DATE`.
    ///   - messageFor: `MESSAGE_FOR`, the partner the message is addressed to, if any.
    public func cdm(
        options: ScreeningOptions, originator: String, creationDate: Instant, messageFor: String? = nil
    ) -> CDM {
        var relative = CDMRelativeData(tca: tca, missDistance: missDistance * 1000)
        relative.comments = ["Screened with SGP4 from element sets (TLE/OMM); covariance unknown"]
        if flags.contains(.comoving) {
            relative.comments.append("Co-moving pair: minimum distance over the screening period")
        }
        relative.relativeSpeed = relativeSpeed * 1000
        relative.relativePosition = rtnPosition * 1000
        relative.relativeVelocity = rtnVelocity * 1000
        relative.startScreenPeriod = options.start
        relative.stopScreenPeriod = options.start.adding(seconds: options.spanSeconds)
        relative.screenVolumeFrame = "RTN"
        relative.screenVolumeShape = "ELLIPSOID"
        switch options.threshold {
        case .distance(let km): relative.screenVolume = SIMD3(repeating: km * 1000)
        case .ellipsoid(let r, let t, let n): relative.screenVolume = SIMD3(r, t, n) * 1000
        }
        let header = CDMHeader(
            creationDate: creationDate, originator: originator, messageFor: messageFor,
            messageID: Self.messageID(primary: primary, secondary: secondary, tca: tca))
        return CDM(
            header: header, relative: relative,
            object1: object("OBJECT1", primary, primaryState),
            object2: object("OBJECT2", secondary, secondaryState))
    }

    /// One object's metadata, ITRF state and (unknown, zero) covariance.
    private func object(_ label: String, _ object: ScreeningObject, _ state: StateVector) -> CDMObject {
        let metadata = CDMMetadata(
            object: label, objectDesignator: String(object.catalogNumber), catalogName: "SATCAT",
            objectName: object.name ?? "UNKNOWN", internationalDesignator: "UNKNOWN", ephemerisName: "NONE",
            covarianceMethod: "DEFAULT", maneuverable: "N/A", refFrame: "ITRF")
        let itrf = EarthRotation(at: tca).itrf(fromTEMEPosition: state.position, velocity: state.velocity)
        var result = CDMObject(
            metadata: metadata, position: itrf.position, velocity: itrf.velocity,
            covariance: CDMCovariance(values: [Double](repeating: 0, count: 21)))
        result.covarianceComments = ["No covariance: element sets carry none (all entries zero)"]
        return result
    }

    /// `CONCORD-<primary>-<secondary>-<TCA as yyyymmddThhmmss.sss>`: the same pair and TCA give
    /// the same id, so successive screenings of one event can be matched.
    static func messageID(primary: ScreeningObject, secondary: ScreeningObject, tca: Instant) -> String {
        let stamp = tca.iso8601(fractionDigits: 3, zulu: false).filter { $0 != "-" && $0 != ":" }
        return "CONCORD-\(primary.catalogNumber)-\(secondary.catalogNumber)-\(stamp)"
    }
}
