/// Which variant of SGP4 to run, as in Vallado's `opsmode`.
///
/// `.improved` ('i') is the 2006 revision's default and what `tcppver.out` was made with;
/// `.afspc` ('a') reproduces the AFSPC operational code: its own sidereal-time formula at
/// epoch and a different quadrant fix in the Lyddane branch of the deep-space periodics.
public enum OperationMode: Character, Sendable, Hashable, CaseIterable {
    /// AFSPC operational mode ('a').
    case afspc = "a"
    /// Improved mode ('i'), the default.
    case improved = "i"
}
