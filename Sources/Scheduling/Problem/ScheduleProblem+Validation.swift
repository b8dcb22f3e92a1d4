import Orbits

extension ScheduleProblem {
    /// Checks every rule of the format that does not need a schedule: ids unique and
    /// non-empty, references resolve, numbers in range, spans ordered and inside the horizon,
    /// request fields consistent. Throws the first error found, naming its JSON path.
    public func validate() throws(SchedulingError) {
        guard format == Self.formatName else {
            throw SchedulingError(.wrongFormat, field: "format", detail: "'\(format)' is not \"\(Self.formatName)\"")
        }
        guard version == Self.currentVersion else {
            throw SchedulingError(.unsupportedVersion, field: "version", detail: "version \(version) is not supported")
        }
        try horizon.requireOrdered(field: "horizon")
        guard fairnessTolerance.isFinite, (0...1).contains(fairnessTolerance) else {
            throw SchedulingError(
                .outOfRange, field: "fairnessTolerance", detail: "\(fairnessTolerance) is not a fraction in 0...1")
        }
        try validatePartners()
        let partnerIDs = Set(partners.map(\.id))
        var resourceIDs: Set<String> = []
        for (index, antenna) in antennas.enumerated() {
            try antenna.validate(field: "antennas[\(index)]", horizon: horizon, partners: partnerIDs)
            try Self.requireNew(antenna.id, in: &resourceIDs, field: "antennas[\(index)].id")
        }
        let antennaIDs = Set(antennas.map(\.id))
        for (index, group) in groups.enumerated() {
            let field = "groups[\(index)]"
            try Self.requireNew(group.id, in: &resourceIDs, field: "\(field).id")
            guard group.members.count >= 2 else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).members", detail: "a group needs at least two antennas")
            }
            var seen: Set<String> = []
            for (m, member) in group.members.enumerated() {
                try Self.requireReference(member, in: antennaIDs, field: "\(field).members[\(m)]", what: "antenna")
                try Self.requireNew(member, in: &seen, field: "\(field).members[\(m)]")
            }
        }
        var spacecraftIDs: Set<String> = []
        for (index, craft) in spacecraft.enumerated() {
            try Self.requireNew(craft.id, in: &spacecraftIDs, field: "spacecraft[\(index)].id")
            if let lines = craft.tle {
                do {
                    _ = try MeanElements(tle: lines.joined(separator: "\n"))
                } catch {
                    throw SchedulingError(.invalidValue, field: "spacecraft[\(index)].tle", detail: "\(error)")
                }
            }
        }
        var requestIDs: Set<String> = []
        for (index, request) in requests.enumerated() {
            let field = "requests[\(index)]"
            try Self.requireNew(request.id, in: &requestIDs, field: "\(field).id")
            try request.validate(
                field: field, horizon: horizon, spacecraft: spacecraftIDs, partners: partnerIDs, resources: resourceIDs)
        }
        var pairs: Set<String> = []
        for (index, entry) in viewPeriods.enumerated() {
            let field = "viewPeriods[\(index)]"
            try Self.requireReference(entry.request, in: requestIDs, field: "\(field).request", what: "request")
            try Self.requireReference(
                entry.resource, in: resourceIDs, field: "\(field).resource", what: "antenna or group")
            guard pairs.insert(entry.request + "\u{1F}" + entry.resource).inserted else {
                throw SchedulingError(
                    .duplicate, field: field,
                    detail: "request '\(entry.request)' on '\(entry.resource)' is listed more than once")
            }
            for (p, period) in entry.periods.enumerated() {
                try period.requireOrdered(field: "\(field).periods[\(p)]")
            }
        }
    }

    private func validatePartners() throws(SchedulingError) {
        guard !partners.isEmpty else {
            throw SchedulingError(.missingField, field: "partners", detail: "a problem needs at least one partner")
        }
        var ids: Set<String> = []
        for (index, partner) in partners.enumerated() {
            try Self.requireNew(partner.id, in: &ids, field: "partners[\(index)].id")
            if let share = partner.share, !(share.isFinite && share >= 0) {
                throw SchedulingError(
                    .outOfRange, field: "partners[\(index)].share", detail: "\(share) is not a non-negative fraction")
            }
        }
        let given = partners.filter { $0.share != nil }.count
        if given != 0 && given != partners.count {
            let index = partners.firstIndex { $0.share == nil } ?? 0
            throw SchedulingError(
                .missingField, field: "partners[\(index)].share",
                detail: "either every partner has a share or none has (shares then follow contributed antenna time)")
        }
        if given > 0 && partners.reduce(0.0, { $0 + ($1.share ?? 0) }) <= 0 {
            throw SchedulingError(.outOfRange, field: "partners", detail: "the shares add up to zero")
        }
    }

    /// Throws `.duplicate` (or `.missingField` for an empty id) unless `id` is new to `seen`.
    static func requireNew(_ id: String, in seen: inout Set<String>, field: String) throws(SchedulingError) {
        guard !id.isEmpty else { throw SchedulingError(.missingField, field: field, detail: "the id is empty") }
        guard seen.insert(id).inserted else {
            throw SchedulingError(.duplicate, field: field, detail: "'\(id)' is used more than once")
        }
    }

    /// Throws `.unknownReference` unless `id` is in `known`.
    static func requireReference(
        _ id: String, in known: Set<String>, field: String, what: String
    )
        throws(SchedulingError)
    {
        guard known.contains(id) else {
            throw SchedulingError(.unknownReference, field: field, detail: "no \(what) has id '\(id)'")
        }
    }

    /// Throws `.outOfRange` unless `value` is finite and at least `minimum` (exclusive when
    /// `strictly`).
    static func requireSeconds(
        _ value: Double, field: String, minimum: Double = 0, strictly: Bool = false
    )
        throws(SchedulingError)
    {
        guard value.isFinite, strictly ? value > minimum : value >= minimum else {
            throw SchedulingError(
                .outOfRange, field: field, detail: "\(value) s must be \(strictly ? ">" : "≥") \(minimum) s")
        }
    }
}
