/// Who may see data produced under an agreement, and after how long.
///
/// `public` data is open to anyone; `consortium` data to every party of the agreement in force;
/// `namedParties` data only to the parties listed. The proprietary period is the embargo in days
/// during which only the producing party sees a product, whatever the access rule says after it.
public struct DataPolicy: Codable, Sendable, Hashable {
    /// The audience once the proprietary period is over.
    public enum Access: String, Codable, Sendable, Hashable, CaseIterable {
        /// Anyone, including people outside the consortium.
        case `public`
        /// Every party of the agreement.
        case consortium
        /// Only the parties in `namedParties`.
        case namedParties
    }

    /// The longest proprietary period accepted, in days (ten years).
    public static let maximumProprietaryPeriodDays = 3650

    /// The audience.
    public var access: Access
    /// The parties that may see the data when `access` is `namedParties`; empty otherwise.
    public var namedParties: [Partner.ID]
    /// The embargo in days, 0...3650.
    public var proprietaryPeriodDays: Int

    /// Creates a policy; by default consortium access with no embargo.
    public init(access: Access = .consortium, namedParties: [Partner.ID] = [], proprietaryPeriodDays: Int = 0) {
        self.access = access
        self.namedParties = namedParties
        self.proprietaryPeriodDays = proprietaryPeriodDays
    }
}
