/// The values of a message as text, block by block in the standard's order: what every writer
/// (KVN, XML, JSON, CSV) writes, so they agree on formats and order.
extension OMM {
    /// One written keyword and its value text.
    typealias Field = (key: OMMKey, text: String)

    /// Header keywords after `CCSDS_OMM_VERS` (comments excluded).
    var headerFields: [Field] {
        var fields: [Field] = []
        if let messageClassification { fields.append((.classification, messageClassification)) }
        fields.append((.creationDate, creationDate.map(OMMEpoch.format) ?? ""))
        fields.append((.originator, originator))
        if let messageID { fields.append((.messageID, messageID)) }
        return fields
    }

    /// Metadata keywords (comments excluded).
    var metadataFields: [Field] {
        var fields: [Field] = [
            (.objectName, objectName), (.objectID, objectID), (.centerName, centerName),
            (.referenceFrame, referenceFrame),
        ]
        if let referenceFrameEpoch { fields.append((.referenceFrameEpoch, OMMEpoch.format(referenceFrameEpoch))) }
        fields += [(.timeSystem, timeSystem), (.meanElementTheory, meanElementTheory)]
        return fields
    }

    /// The data blocks, named as their NDM/XML elements, in the order the schema requires.
    var dataBlocks: [(element: String, fields: [Field])] {
        let n = OMMNumber.format
        var mean: [Field] = [
            (.epoch, OMMEpoch.format(epoch)), (.meanMotion, n(meanMotion)),
            (.eccentricity, n(eccentricity)), (.inclination, n(inclination)), (.rightAscension, n(rightAscension)),
            (.argumentOfPericenter, n(argumentOfPericenter)), (.meanAnomaly, n(meanAnomaly)),
        ]
        if let gm { mean.append((.gm, n(gm))) }
        var blocks: [(element: String, fields: [Field])] = [("meanElements", mean)]
        if let spacecraft {
            blocks.append(
                (
                    "spacecraftParameters",
                    [
                        (.mass, n(spacecraft.mass)),
                        (.solarRadiationArea, n(spacecraft.solarRadiationArea)),
                        (.solarRadiationCoefficient, n(spacecraft.solarRadiationCoefficient)),
                        (.dragArea, n(spacecraft.dragArea)), (.dragCoefficient, n(spacecraft.dragCoefficient)),
                    ]
                ))
        }
        blocks.append(("tleParameters", tleFields))
        if let covariance {
            var fields: [Field] = []
            if let frame = covariance.referenceFrame { fields.append((.covarianceReferenceFrame, frame)) }
            for (key, value) in zip(OMMKey.covarianceKeys, covariance.lowerTriangle) { fields.append((key, n(value))) }
            blocks.append(("covarianceMatrix", fields))
        }
        return blocks
    }

    /// The TLE-related parameters, in the standard's order.
    var tleFields: [Field] {
        let n = OMMNumber.format
        return [
            (.ephemerisType, String(ephemerisType)), (.classificationType, String(classificationType)),
            (.noradCatalogID, String(noradCatalogID)), (.elementSetNumber, String(elementSetNumber)),
            (.revolutionAtEpoch, String(revolutionAtEpoch)), (.bstar, n(bstar)), (.meanMotionDot, n(meanMotionDot)),
            (.meanMotionDDot, n(meanMotionDDot)),
        ]
    }

    /// The 17 members CelesTrak publishes in JSON and CSV, in its order.
    static let celestrakKeys: [OMMKey] = [
        .objectName, .objectID, .epoch, .meanMotion, .eccentricity, .inclination,
        .rightAscension, .argumentOfPericenter, .meanAnomaly, .ephemerisType, .classificationType, .noradCatalogID,
        .elementSetNumber, .revolutionAtEpoch, .bstar, .meanMotionDot, .meanMotionDDot,
    ]

    /// The text of each of ``celestrakKeys`` for this message.
    var celestrakValues: [String] {
        let n = OMMNumber.format
        return [
            objectName, objectID, OMMEpoch.format(epoch), n(meanMotion), n(eccentricity), n(inclination),
            n(rightAscension), n(argumentOfPericenter), n(meanAnomaly), String(ephemerisType),
            String(classificationType), String(noradCatalogID), String(elementSetNumber), String(revolutionAtEpoch),
            n(bstar), n(meanMotionDot), n(meanMotionDDot),
        ]
    }
}
