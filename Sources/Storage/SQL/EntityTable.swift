import Consortium

/// How one kind of record is laid out in SQL: its table, the indexed columns that list filters
/// and read scopes use, the link tables of its many-to-many references, and who refers to it.
///
/// Every table has `id`, the indexed `columns`, `document` (the record's JSON), `version`,
/// `created_at` and `updated_at`. Table and column names come only from here, never from a
/// request, so they can be written into SQL text; values are always bound parameters.
struct EntityTable: Sendable {
    /// A filterable field of `ListFilter` and where its value lives.
    enum Filter: Sendable {
        /// A text column of the table.
        case text(String)
        /// An integer column; the filter value must be a whole number.
        case integer(String)
        /// A link table: `EXISTS (SELECT 1 FROM table WHERE key = <record id> AND value = ?)`.
        case link(LinkTable)
    }

    /// A many-to-many link table, e.g. `agreement_parties(agreement_id, partner_id)`.
    struct LinkTable: Sendable {
        let name: String
        /// The column holding the owning record's id (deleted with it).
        let key: String
        /// The column holding the referenced id (restricting its deletion).
        let value: String
    }

    /// A column that refers to records of this kind, for saying what blocks a delete.
    struct Referrer: Sendable {
        let table: String
        let column: String
        /// The kind of the referring record and the column holding its id.
        let kind: EntityKind
        let idColumn: String
        /// The referring field, e.g. `owner`.
        let field: String
    }

    let kind: EntityKind
    /// The table's name, the kind's plural (`partners`, `spacecraft`).
    let name: String
    /// The column of the owning partner, for `ReadScope.restricted(owners:…)`; `nil` for agreements.
    let ownerColumn: String?
    /// The indexed columns besides `id`, in the order `values(of:)` returns them.
    let columns: [String]
    /// The list filters, by field name.
    let filters: [String: Filter]
    /// The link tables, in the order `links(of:)` returns their values.
    let links: [LinkTable]
    /// Whether writes change the access policy or the tokens (agreements, missions, users).
    let bumpsGeneration: Bool
    /// What may refer to a record of this kind.
    let referrers: [Referrer]

    /// The layout of `kind`.
    static func of(_ kind: EntityKind) -> EntityTable {
        switch kind {
        case .partner: partners
        case .agreement: agreements
        case .mission: missions
        case .spacecraft: spacecraft
        case .station: stations
        case .user: users
        }
    }

    static let agreementParties = LinkTable(name: "agreement_parties", key: "agreement_id", value: "partner_id")
    static let agreementStations = LinkTable(name: "agreement_stations", key: "agreement_id", value: "station_id")
    static let missionParticipants = LinkTable(name: "mission_participants", key: "mission_id", value: "partner_id")
    static let missionSpacecraft = LinkTable(name: "mission_spacecraft", key: "mission_id", value: "spacecraft_id")

    static let partners = EntityTable(
        kind: .partner, name: "partners", ownerColumn: "id", columns: ["kind", "country"],
        filters: ["kind": .text("kind"), "country": .text("country")], links: [], bumpsGeneration: false,
        referrers: [
            Referrer(table: "stations", column: "owner_id", kind: .station, idColumn: "id", field: "owner"),
            Referrer(table: "spacecraft", column: "owner_id", kind: .spacecraft, idColumn: "id", field: "owner"),
            Referrer(table: "missions", column: "lead_id", kind: .mission, idColumn: "id", field: "lead"),
            Referrer(
                table: "mission_participants", column: "partner_id", kind: .mission, idColumn: "mission_id",
                field: "contributions"),
            Referrer(
                table: "agreement_parties", column: "partner_id", kind: .agreement, idColumn: "agreement_id",
                field: "parties"),
            Referrer(table: "users", column: "partner_id", kind: .user, idColumn: "id", field: "partner"),
        ])

    static let agreements = EntityTable(
        kind: .agreement, name: "agreements", ownerColumn: nil, columns: ["kind", "status"],
        filters: ["kind": .text("kind"), "status": .text("status"), "party": .link(agreementParties)],
        links: [agreementParties, agreementStations], bumpsGeneration: true, referrers: [])

    static let missions = EntityTable(
        kind: .mission, name: "missions", ownerColumn: "lead_id", columns: ["lead_id", "status"],
        filters: ["lead": .text("lead_id"), "status": .text("status"), "participant": .link(missionParticipants)],
        links: [missionParticipants, missionSpacecraft], bumpsGeneration: true, referrers: [])

    static let spacecraft = EntityTable(
        kind: .spacecraft, name: "spacecraft", ownerColumn: "owner_id",
        columns: ["owner_id", "status", "norad_id", "cospar_id"],
        filters: [
            "owner": .text("owner_id"), "status": .text("status"), "noradID": .integer("norad_id"),
            "cosparID": .text("cospar_id"),
        ],
        links: [], bumpsGeneration: false,
        referrers: [
            Referrer(
                table: "mission_spacecraft", column: "spacecraft_id", kind: .mission, idColumn: "mission_id",
                field: "spacecraft")
        ])

    static let stations = EntityTable(
        kind: .station, name: "stations", ownerColumn: "owner_id", columns: ["owner_id", "network"],
        filters: ["owner": .text("owner_id"), "network": .text("network")], links: [], bumpsGeneration: false,
        referrers: [
            Referrer(
                table: "agreement_stations", column: "station_id", kind: .agreement, idColumn: "agreement_id",
                field: "clauses.stationContributions")
        ])

    static let users = EntityTable(
        kind: .user, name: "users", ownerColumn: "partner_id", columns: ["partner_id", "role"],
        filters: ["partner": .text("partner_id"), "role": .text("role")], links: [], bumpsGeneration: true,
        referrers: [])
}
