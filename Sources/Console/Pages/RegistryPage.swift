import Consortium
import Storage

/// The registry page: the partners (contacts only of the viewer's own partner, or all for
/// consortium administrators), the agreements the viewer is a party of with their clauses, and
/// the missions it takes part in with each partner's contribution.
enum RegistryPage {
    struct ContactRow: Sendable {
        var name: String
        var role: String
        var email: String
    }

    struct PartnerRow: Sendable {
        var id: String
        var name: String
        var shortName: String
        var kind: String
        var country: String
        var isOwn: Bool
        /// The contacts, when the viewer may see them.
        var contacts: [ContactRow]
        var showsContacts: Bool
    }

    struct ShareRow: Sendable {
        var partner: String
        var percent: String
    }

    struct PartyRow: Sendable {
        var partner: String
        var withdrawn: String?
    }

    struct StationContributionRow: Sendable {
        var partner: String
        var station: String
    }

    struct AgreementBlock: Sendable {
        var id: String
        var title: String
        var kind: String
        var status: String
        var statusCode: String
        var signed: String
        var effective: String
        var expires: String?
        var parties: [PartyRow]
        var networkShares: [ShareRow]
        var stationContributions: [StationContributionRow]
        var costShares: [ShareRow]
        var dataPolicy: String
        var notes: String?
    }

    struct ContributionRow: Sendable {
        var partner: String
        var kind: String
        var role: String
        var description: String
    }

    struct MissionBlock: Sendable {
        var id: String
        var name: String
        var lead: String
        var status: String
        var description: String
        var spacecraft: String
        var contributions: [ContributionRow]
    }

    struct Body: Sendable {
        var partners: [PartnerRow]
        var agreements: [AgreementBlock]
        var missions: [MissionBlock]
        var hasAgreements: Bool
        var hasMissions: Bool
    }

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        let viewer = input.viewer
        let partners = try await viewer.visible(Partner.self, in: input.repository).map(\.value)
        let names = PartnerNames(partners)
        let stations = try await viewer.visible(Station.self, in: input.repository).map(\.value)
        let stationNames = Dictionary(stations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let agreements = try await viewer.visible(Agreement.self, in: input.repository).map(\.value)
        let missions = try await viewer.visible(Mission.self, in: input.repository).map(\.value)
        let spacecraft = try await viewer.visible(Spacecraft.self, in: input.repository).map(\.value)
        let craftNames = Dictionary(spacecraft.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

        let partnerRows = partners.map { partner in
            let shows = viewer.policy.mayReadContacts(of: partner.id, by: viewer.principal)
            return PartnerRow(
                id: partner.id.rawValue, name: partner.name, shortName: partner.shortName,
                kind: input.text("partner_kind_\(partner.kind.rawValue)"), country: partner.country.rawValue,
                isOwn: viewer.isOwn(partner.id),
                contacts: shows
                    ? partner.contacts.map { ContactRow(name: $0.name, role: $0.role, email: $0.email) } : [],
                showsContacts: shows)
        }
        let agreementBlocks = agreements.map { agreement in
            agreementBlock(agreement, names: names, stationNames: stationNames, input: input)
        }
        let missionBlocks = missions.map { mission in
            MissionBlock(
                id: mission.id.rawValue, name: mission.name, lead: names[mission.lead],
                status: input.text("mission_status_\(mission.status.rawValue)"), description: mission.description,
                spacecraft: mission.spacecraft.map { craftNames[$0] ?? $0.rawValue }.joined(separator: ", "),
                contributions: mission.contributions.map {
                    ContributionRow(
                        partner: names[$0.partner], kind: input.text("contribution_kind_\($0.kind.rawValue)"),
                        role: input.text("contribution_role_\($0.role.rawValue)"), description: $0.description)
                })
        }
        return PageContent(
            template: "registry", titleKey: "registry_title",
            body: Body(
                partners: partnerRows, agreements: agreementBlocks, missions: missionBlocks,
                hasAgreements: !agreementBlocks.isEmpty, hasMissions: !missionBlocks.isEmpty))
    }

    static func agreementBlock(
        _ agreement: Agreement, names: PartnerNames, stationNames: [Station.ID: String], input: PageInput
    ) -> AgreementBlock {
        let format = input.format
        let policy = agreement.clauses.dataPolicy
        var dataPolicy = input.text("data_access_\(policy.access.rawValue)")
        if policy.access == .namedParties {
            dataPolicy += " (" + policy.namedParties.map { names[$0] }.joined(separator: ", ") + ")"
        }
        if policy.proprietaryPeriodDays > 0 {
            dataPolicy +=
                "; " + input.text("data_embargo_days", ["days": format.integer(policy.proprietaryPeriodDays)])
        }
        func shares(_ list: [Agreement.Share]) -> [ShareRow] {
            list.map { ShareRow(partner: names[$0.partner], percent: format.number($0.percent, digits: 1) + " %") }
        }
        return AgreementBlock(
            id: agreement.id.rawValue, title: agreement.title,
            kind: input.text("agreement_kind_\(agreement.kind.rawValue)"),
            status: input.text("agreement_status_\(agreement.status.rawValue)"), statusCode: agreement.status.rawValue,
            signed: format.day(agreement.signed), effective: format.day(agreement.effective),
            expires: agreement.expires.map(format.day),
            parties: agreement.parties.map {
                PartyRow(partner: names[$0.partner], withdrawn: $0.withdrawn.map(format.day))
            },
            networkShares: shares(agreement.clauses.networkShares),
            stationContributions: agreement.clauses.stationContributions.map {
                StationContributionRow(
                    partner: names[$0.partner], station: stationNames[$0.station] ?? $0.station.rawValue)
            },
            costShares: shares(agreement.clauses.costShares), dataPolicy: dataPolicy, notes: agreement.notes)
    }
}
