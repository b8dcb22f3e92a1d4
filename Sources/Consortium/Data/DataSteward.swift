/// Who manages a partner's data products.
///
/// - **Upload**: operators and administrators of a partner upload products as that partner (the
///   producer); viewers only read. Consortium administrators upload as their own partner.
/// - **Data steward**: the producing partner's `partnerAdmin`s change a product's policy within the
///   clause. Consortium administrators are not stewards of other partners' data.
/// - **Audit**: a steward reads the audit entries of its partner's products (who downloaded them,
///   who was refused); consortium administrators read the whole log.
public enum DataSteward {
    /// Whether `principal` may upload products (as its own partner).
    public static func mayUpload(_ principal: Principal) -> Bool {
        principal.role.includes(.operator)
    }

    /// Whether `principal` is a data steward of `producer`'s products.
    public static func isSteward(of producer: Partner.ID, _ principal: Principal) -> Bool {
        principal.partner == producer && principal.role.includes(.partnerAdmin)
    }

    /// Whose products' audit entries `principal` may read: `nil` for all (consortium
    /// administrators), its partner for a partner administrator, none (empty) otherwise.
    public static func auditScope(_ principal: Principal) -> Set<Partner.ID>? {
        if principal.isConsortiumAdmin { return nil }
        return principal.role == .partnerAdmin ? [principal.partner] : []
    }
}
