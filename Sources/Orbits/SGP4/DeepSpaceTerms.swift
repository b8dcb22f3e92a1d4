#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SDP4 terms of a deep-space orbit (period ≥ 225 min): lunar-solar periodics
/// (Vallado's `dscom`/`dpper`) and the 12 h / 24 h resonance integrator (`dsinit`/`dspace`).
@usableFromInline
struct DeepSpaceTerms: Sendable {
    // Lunar-solar periodic coefficients (dscom).
    @usableFromInline var e3 = 0.0, ee2 = 0.0
    @usableFromInline var se2 = 0.0, se3 = 0.0, sgh2 = 0.0, sgh3 = 0.0, sgh4 = 0.0, sh2 = 0.0, sh3 = 0.0
    @usableFromInline var si2 = 0.0, si3 = 0.0, sl2 = 0.0, sl3 = 0.0, sl4 = 0.0
    @usableFromInline var xgh2 = 0.0, xgh3 = 0.0, xgh4 = 0.0, xh2 = 0.0, xh3 = 0.0
    @usableFromInline var xi2 = 0.0, xi3 = 0.0, xl2 = 0.0, xl3 = 0.0, xl4 = 0.0
    @usableFromInline var zmol = 0.0, zmos = 0.0
    // Secular rates and resonance coefficients (dsinit).
    /// 0: none, 1: one-day (synchronous), 2: half-day (Molniya) resonance.
    @usableFromInline var irez = 0
    @usableFromInline var d2201 = 0.0, d2211 = 0.0, d3210 = 0.0, d3222 = 0.0, d4410 = 0.0
    @usableFromInline var d4422 = 0.0, d5220 = 0.0, d5232 = 0.0, d5421 = 0.0, d5433 = 0.0
    @usableFromInline var dedt = 0.0, didt = 0.0, dmdt = 0.0, dnodt = 0.0, domdt = 0.0
    @usableFromInline var del1 = 0.0, del2 = 0.0, del3 = 0.0
    @usableFromInline var xfact = 0.0, xlamo = 0.0
    // Copies of epoch quantities the deep-space routines read.
    @usableFromInline var argpo = 0.0, argpdot = 0.0, noUnkozai = 0.0, gsto = 0.0
    @usableFromInline var inclo = 0.0

    @usableFromInline static let zes = 0.01675
    @usableFromInline static let zel = 0.05490
    @usableFromInline static let zns = 1.19459e-5
    @usableFromInline static let znl = 1.5835218e-4
    /// Earth rotation in rad/min used by the resonance terms (7.29211514668855e-5 rad/s).
    @usableFromInline static let rptim = 4.37526908801129966e-3

    /// `dscom` followed by `dsinit` at epoch (`dpper` is the identity at initialisation).
    init(
        epoch: Double, ecco: Double, eccsq: Double, inclo: Double, nodeo: Double, argpo: Double, mo: Double,
        noUnkozai: Double, mdot: Double, argpdot: Double, nodedot: Double, xpidot: Double, gsto: Double, xke: Double
    ) {
        self.argpo = argpo
        self.argpdot = argpdot
        self.noUnkozai = noUnkozai
        self.gsto = gsto
        self.inclo = inclo
        let common = LunarSolarCommon(
            epoch: epoch, ep: ecco, argpp: argpo, tc: 0, inclp: inclo, nodep: nodeo,
            np: noUnkozai)
        e3 = common.e3; ee2 = common.ee2
        se2 = common.se2; se3 = common.se3; sgh2 = common.sgh2; sgh3 = common.sgh3; sgh4 = common.sgh4
        sh2 = common.sh2; sh3 = common.sh3; si2 = common.si2; si3 = common.si3
        sl2 = common.sl2; sl3 = common.sl3; sl4 = common.sl4
        xgh2 = common.xgh2; xgh3 = common.xgh3; xgh4 = common.xgh4; xh2 = common.xh2; xh3 = common.xh3
        xi2 = common.xi2; xi3 = common.xi3; xl2 = common.xl2; xl3 = common.xl3; xl4 = common.xl4
        zmol = common.zmol; zmos = common.zmos
        initialiseResonance(
            common, ecco: ecco, eccsq: eccsq, inclm: inclo, mo: mo, nodeo: nodeo, mdot: mdot,
            nodedot: nodedot, xpidot: xpidot, xke: xke)
    }
}
