/// One object of the screened catalog: its position in the catalog given to the screener,
/// its catalog (NORAD) number and name.
public struct ScreeningObject: Sendable, Hashable {
    /// Index in the catalog the screener was built with.
    public var index: Int
    /// Catalog (NORAD) number.
    public var catalogNumber: Int
    /// Name from the element set, when it has one.
    public var name: String?

    public init(index: Int, catalogNumber: Int, name: String?) {
        self.index = index
        self.catalogNumber = catalogNumber
        self.name = name
    }
}
