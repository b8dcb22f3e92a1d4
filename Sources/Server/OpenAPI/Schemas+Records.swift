import Consortium

extension Schemas {
    /// `Partner`: an organisation of the consortium.
    static let partner = JSONSchema.record([
        "id": identifier,
        "name": name,
        "shortName": .string(maxLength: 32),
        "kind": values(Partner.Kind.self),
        "country": .described(.string(pattern: "^[A-Z]{2}$"), "ISO 3166-1 alpha-2 code of the seat."),
        "contacts": .described(
            .array(
                .record(["name": name, "role": .string(maxLength: 200), "email": .string(format: "email")]),
                maxItems: 50),
            "Visible only to the partner itself and consortium administrators; absent otherwise."),
    ])

    /// A party's percentage of network time or costs.
    static let share = JSONSchema.record(["partner": identifier, "percent": .number(minimum: 0, maximum: 100)])

    /// `Agreement`: parties, dates, status and typed clauses.
    static let agreement = JSONSchema.record(
        [
            "id": identifier,
            "title": .string(maxLength: 300),
            "kind": values(Agreement.Kind.self),
            "status": values(Agreement.Status.self),
            "signed": day,
            "effective": day,
            "expires": .described(.nullable(day), "The day it stops applying (exclusive); absent if open-ended."),
            "parties": .array(
                .record(["partner": identifier, "withdrawn": .nullable(day)], optional: ["withdrawn"]), maxItems: 200),
            "clauses": .record([
                "networkShares": .described(.array(share), "Empty, or summing to 100 over current parties."),
                "stationContributions": .array(.record(["partner": identifier, "station": identifier])),
                "dataPolicy": .record([
                    "access": values(DataPolicy.Access.self),
                    "namedParties": .array(identifier),
                    "proprietaryPeriodDays": .integer(minimum: 0, maximum: DataPolicy.maximumProprietaryPeriodDays),
                ]),
                "costShares": .described(.array(share), "Empty, or summing to 100 over current parties."),
            ]),
            "notes": .nullable(.string(maxLength: 4000)),
        ], optional: ["expires", "notes"])

    /// `Mission`: a joint mission with its contributions.
    static let mission = JSONSchema.record([
        "id": identifier,
        "name": name,
        "lead": identifier,
        "status": values(Mission.Status.self),
        "description": .string(maxLength: 4000),
        "spacecraft": .array(identifier),
        "contributions": .described(
            .array(
                .record([
                    "partner": identifier, "kind": values(Mission.Contribution.Kind.self),
                    "role": values(Mission.Contribution.Role.self), "description": .string(maxLength: 1000),
                ]), maxItems: 100),
            "Exactly one has role `lead`, from the lead partner."),
    ])

    /// `Spacecraft`: identifiers, status and orbit.
    static let spacecraft = JSONSchema.record(
        [
            "id": identifier,
            "name": name,
            "owner": identifier,
            "noradID": .nullable(.integer(minimum: 1, maximum: 339_999)),
            "cosparID": .nullable(.string(pattern: "^[0-9]{4}-[0-9]{3}[A-Z]{1,3}$")),
            "status": values(Spacecraft.Status.self),
            "orbit": .nullable(
                .record(
                    [
                        "format": values(Spacecraft.Orbit.Format.self),
                        "text": .described(
                            .string(maxLength: Spacecraft.Orbit.maximumLength), "One TLE (2 or 3 lines) or one OMM."),
                        "epoch": .described(instant, "Derived from the text; ignored on input.", readOnly: true),
                    ], optional: ["epoch"])),
        ], optional: ["noradID", "cosparID", "orbit"])

    /// `Station`: a ground station with antennas, mask and availability.
    static let station = JSONSchema.record(
        [
            "id": identifier,
            "name": name,
            "owner": identifier,
            "network": .nullable(.string(maxLength: 64)),
            "latitude": .described(.number(minimum: -90, maximum: 90), "Geodetic latitude, degrees north."),
            "longitude": .described(.number(minimum: -180, maximum: 180), "Longitude, degrees east."),
            "heightMeters": .described(.number(), "Height above the WGS-84 ellipsoid, metres."),
            "antennas": .array(
                .record([
                    "name": .string(maxLength: 64), "diameterMeters": .number(minimum: 0, maximum: 100),
                    "bands": .array(values(Station.Band.self)),
                ]), maxItems: 100),
            "horizonMask": .record([
                "minimumElevation": .number(minimum: -90, maximum: 90),
                "points": .array(.record(["azimuth": .number(minimum: 0, maximum: 360), "elevation": .number()])),
            ]),
            "availability": .array(
                .record(
                    [
                        "start": instant, "end": instant, "state": values(Station.AvailabilityWindow.State.self),
                        "note": .nullable(.string(maxLength: 1000)),
                    ], optional: ["note"]), maxItems: 1000),
        ], optional: ["network"])

    /// `User`: a person or machine account of a partner.
    static let user = JSONSchema.record([
        "id": identifier,
        "name": name,
        "partner": identifier,
        "role": values(Role.self),
    ])
}
