extension ScheduleProblem.Antenna {
    /// Checks one antenna: owner and excluded partners known, times non-negative, spans
    /// ordered and inside the horizon, site in range.
    func validate(field: String, horizon: TimeSpan, partners: Set<String>) throws(SchedulingError) {
        try ScheduleProblem.requireReference(owner, in: partners, field: "\(field).owner", what: "partner")
        try ScheduleProblem.requireSeconds(setupSeconds, field: "\(field).setupSeconds")
        try ScheduleProblem.requireSeconds(teardownSeconds, field: "\(field).teardownSeconds")
        for (index, span) in downtime.enumerated() {
            try span.requireOrdered(field: "\(field).downtime[\(index)]")
        }
        for (index, span) in reservations.enumerated() {
            try span.requireOrdered(field: "\(field).reservations[\(index)]")
        }
        for (index, partner) in excludedPartners.enumerated() {
            try ScheduleProblem.requireReference(
                partner, in: partners, field: "\(field).excludedPartners[\(index)]", what: "partner")
        }
        if let site {
            guard site.latitudeDegrees.isFinite, (-90...90).contains(site.latitudeDegrees) else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).site.latitudeDegrees", detail: "not in -90...90 deg")
            }
            guard site.longitudeDegrees.isFinite, (-180...180).contains(site.longitudeDegrees) else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).site.longitudeDegrees", detail: "not in -180...180 deg")
            }
            guard site.minimumElevationDegrees.isFinite, (-90...90).contains(site.minimumElevationDegrees) else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).site.minimumElevationDegrees", detail: "not in -90...90 deg")
            }
            guard site.heightMeters.isFinite, (-1_000...9_000).contains(site.heightMeters) else {
                throw SchedulingError(.outOfRange, field: "\(field).site.heightMeters", detail: "not in -1000...9000 m")
            }
        }
    }
}

extension ScheduleProblem.Request {
    /// Checks one request: references known, window inside the horizon, counts and times in
    /// range and consistent with each other, the wanted time determinable.
    func validate(
        field: String, horizon: TimeSpan, spacecraft: Set<String>, partners: Set<String>, resources: Set<String>
    ) throws(SchedulingError) {
        try ScheduleProblem.requireReference(
            self.spacecraft, in: spacecraft, field: "\(field).spacecraft", what: "spacecraft")
        try ScheduleProblem.requireReference(partner, in: partners, field: "\(field).partner", what: "partner")
        try window.requireOrdered(field: "\(field).window")
        try window.requireInside(horizon, field: "\(field).window", outerName: "problem's horizon")
        if let contacts, contacts < 1 {
            throw SchedulingError(.outOfRange, field: "\(field).contacts", detail: "\(contacts) is not at least 1")
        }
        if let totalSeconds {
            try ScheduleProblem.requireSeconds(totalSeconds, field: "\(field).totalSeconds", strictly: true)
        }
        try ScheduleProblem.requireSeconds(minContactSeconds, field: "\(field).minContactSeconds")
        if let maxContactSeconds {
            try ScheduleProblem.requireSeconds(maxContactSeconds, field: "\(field).maxContactSeconds", strictly: true)
            guard maxContactSeconds >= minContactSeconds else {
                throw SchedulingError(
                    .inconsistent, field: "\(field).maxContactSeconds", detail: "shorter than minContactSeconds")
            }
        }
        if let split {
            try ScheduleProblem.requireSeconds(
                split.minTrackSeconds, field: "\(field).split.minTrackSeconds", strictly: true)
            guard placement == .flexible else {
                throw SchedulingError(
                    .inconsistent, field: "\(field).split", detail: "a fullPass request cannot be split")
            }
            if let totalSeconds, split.minTrackSeconds > totalSeconds {
                throw SchedulingError(
                    .inconsistent, field: "\(field).split.minTrackSeconds", detail: "longer than totalSeconds")
            }
        }
        if placement == .flexible && totalSeconds == nil && maxContactSeconds == nil {
            throw SchedulingError(
                .missingField, field: "\(field).totalSeconds",
                detail: "a flexible request needs totalSeconds or maxContactSeconds (how much time it wants)")
        }
        for (name, value) in [("setupSeconds", setupSeconds), ("teardownSeconds", teardownSeconds)] {
            if let value { try ScheduleProblem.requireSeconds(value, field: "\(field).\(name)") }
        }
        try validateStandingOrderRules(field: field)
        for (index, resource) in (self.resources ?? []).enumerated() {
            try ScheduleProblem.requireReference(
                resource, in: resources, field: "\(field).resources[\(index)]", what: "antenna or group")
        }
    }
}
