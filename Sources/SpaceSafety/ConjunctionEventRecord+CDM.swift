import Orbits
import Screening

extension ConjunctionEventRecord {
    /// The CCSDS CDM of the latest observation (`Conjunction.cdm`): the run's screening period
    /// and volume, both states at TCA, covariance unknown. The maximum probability of collision
    /// is stated with its method, and the hard-body radius in a comment, as operators do.
    /// - Parameters:
    ///   - originator: `ORIGINATOR`, e.g. `CONCORD`.
    ///   - creationDate: `CREATION_DATE`.
    ///   - messageFor: `MESSAGE_FOR`, the partner the message is addressed to, if any.
    public func cdm(originator: String, creationDate: Instant, messageFor: String? = nil) -> CDM {
        let screening = latest.options.screeningOptions(primaries: [primary.noradID])
        var cdm = latestConjunction.cdm(
            options: screening, originator: originator, creationDate: creationDate, messageFor: messageFor)
        cdm.setHardBodyRadius(latest.options.hardBodyRadiusMeters)
        cdm.relative.comments.append(
            "COLLISION_PROBABILITY is the maximum over any circular covariance (element sets carry none)")
        cdm.relative.comments.append("Concord event \(id), run \(latest.run)")
        cdm.relative.collisionProbability = latest.maximumPc
        cdm.relative.collisionProbabilityMethod = "ALFANO-2005"
        return cdm
    }
}
