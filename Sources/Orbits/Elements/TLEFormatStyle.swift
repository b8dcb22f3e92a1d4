/// The conventions a TLE writer follows where producers differ (the columns never change).
///
/// Producers disagree only on how an implied-decimal field with exponent 0 is signed:
/// python-sgp4's `export_tle` writes n-ddot/6 as `00000-0` and B* as `00000+0`, CelesTrak
/// writes both with `+0`, and Space-Track mixes them. Values read back are identical.
public enum TLEFormatStyle: Sendable, Hashable {
    /// python-sgp4 2.x `export_tle`: n-ddot exponent 0 written `-0`, B* exponent 0 written `+0`.
    case pythonSGP4
    /// CelesTrak GP TLEs: exponent 0 written `+0` in both fields.
    case celesTrak
}
