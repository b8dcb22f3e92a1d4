import Consortium
import Orbits

/// One object of the public catalog as the platform stores it: its NORAD catalog number, its
/// name and its element set (TLE or OMM text, kept verbatim), with the set's epoch.
///
/// The catalog is replaced as a whole by each import (`concord import catalog FILE`); the
/// screening runs read it as the secondaries of the partners' fleet.
public struct CatalogObject: Codable, Sendable, Hashable {
    /// The NORAD catalog number (1...339,999 with Alpha-5).
    public var noradID: Int
    /// The name in the element set (`ISS (ZARYA)`), or `NORAD <number>` when it has none.
    public var name: String
    /// The element set, verbatim.
    public var elements: Spacecraft.Orbit
    /// The element set's epoch (UTC).
    public var epoch: Instant

    /// Creates an object from parts already checked to agree.
    public init(noradID: Int, name: String, elements: Spacecraft.Orbit, epoch: Instant) {
        self.noradID = noradID
        self.name = name
        self.elements = elements
        self.epoch = epoch
    }

    /// An object from an element set: the number, name and epoch are read from it. Throws the
    /// parser's `DomainError` (field `field`) when the text is not a valid TLE or OMM.
    public init(elements: Spacecraft.Orbit, field: String = "elements") throws(DomainError) {
        let mean = try elements.meanElements(field: field)
        self.init(
            noradID: mean.catalogNumber, name: mean.name ?? "NORAD \(mean.catalogNumber)", elements: elements,
            epoch: mean.epoch)
    }
}
