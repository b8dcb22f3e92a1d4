import ArgumentParser
import Foundation
import Screening

/// `concord pc`: the probability of collision of the conjunction in a CCSDS CDM.
struct PcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pc",
        abstract: "Probability of collision of a conjunction from a CCSDS CDM (KVN or XML).",
        discussion: """
            Prints Pc2D=<value> (Foster's 2D method, the disk integral done exactly, covariances \
            from the CDM's RTN blocks combined and projected on the encounter plane), the method, \
            the hard-body radius used and where it came from, and the CDM's own \
            COLLISION_PROBABILITY when it has one. When the 2D method's usage checks fail (long, \
            offset or slow encounter; non-positive-definite covariance) a warning names the check \
            and a two-body Monte Carlo estimate is printed as PcMC=<value> with its sample count and \
            95 % confidence interval.

            The hard-body radius (m) is --hbr, else a COMMENT line of the CDM as operators write it \
            (COMMENT HBR = 20.0, COMMENT Operator Hard Body Radius = 6.00 [m]).
            """)

    @Argument(help: ArgumentHelp("The CDM file (KVN or NDM/XML).", valueName: "cdm-file"))
    var file: String

    @Option(
        help: ArgumentHelp("Combined hard-body radius, metres (overrides the CDM's comments).", valueName: "metres"))
    var hbr: Double?

    @Option(help: "Monte Carlo draws when the 2D method is not valid (or with --monte-carlo).")
    var samples = 1_000_000

    @Option(help: "Seed of the Monte Carlo generator.")
    var seed: UInt64 = 0x5EED

    @Flag(help: "Run the Monte Carlo estimate even when the 2D method is valid.")
    var monteCarlo = false

    func run() throws {
        let text = try InputFile.text(file)
        let read: CDMReadResult
        do {
            read = try CDM.read(text, file: file)
        } catch {
            throw CommandError(.invalidContent, file: file, error.description)
        }
        for warning in read.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        let cdm = read.cdm
        let radius: Double
        let source: String
        if let hbr {
            guard hbr > 0, hbr.isFinite else { throw ValidationError("--hbr must be a positive number of metres") }
            (radius, source) = (hbr, "--hbr")
        } else if let stated = cdm.hardBodyRadius {
            (radius, source) = (stated, "CDM COMMENT")
        } else {
            throw CommandError(
                .invalidContent, file: file, "no hard-body radius: give --hbr METRES or a COMMENT HBR = <m> line")
        }
        guard let conjunction = cdm.conjunction(hardBodyRadius: radius) else {
            throw CommandError(.invalidContent, file: file, "an object's state defines no RTN frame (zero velocity?)")
        }
        if cdm.object1.covariance.values.allSatisfy({ $0 == 0 })
            && cdm.object2.covariance.values.allSatisfy({ $0 == 0 })
        {
            // Element-set screenings (concord screen --cdm-out) state no covariance: no Pc, but
            // its maximum over every covariance, as SOCRATES publishes it.
            let maximum = MaximumPc.isotropic(miss: cdm.relative.missDistance, hardBodyRadius: radius)
            print(
                [
                    "Pc2D=nan", "note: no covariance in the CDM (all entries zero): the probability cannot be computed",
                    "hbr_m=\(radius) (\(source))", "miss_m=\(Self.format(cdm.relative.missDistance))",
                    "PcMax=\(Self.format(maximum.probability)) (maximum over an isotropic covariance, Alfano 2005; "
                        + "sigma_m=\(Self.format(maximum.sigma)))",
                ].joined(separator: "\n"))
            return
        }
        let assessment: CollisionAssessment
        do {
            assessment = try CollisionAssessment(
                conjunction, monteCarlo: MonteCarloPc(samples: samples, seed: seed), alwaysMonteCarlo: monteCarlo)
        } catch {
            throw CommandError(.invalidContent, file: file, error.description)
        }
        var lines: [String] = []
        if let pc2D = assessment.pc2D {
            lines.append("Pc2D=\(Self.format(pc2D.probability))")
        } else {
            lines.append("Pc2D=nan")
        }
        lines.append("method=\(Pc2D.methodName) (2D, exact disk integral, CARA's miss convention)")
        lines.append("hbr_m=\(radius) (\(source))")
        if let plane = assessment.pc2D?.plane {
            let miss = (plane.miss * plane.miss).sum().squareRoot()
            lines.append("miss_m=\(Self.format(miss)) relative_speed_m_s=\(Self.format(plane.relativeSpeed))")
        }
        if assessment.pc2D?.remediated == true {
            lines.append("note: plane covariance eigenvalue clipped to (1e-4 HBR)^2")
        }
        if let stated = cdm.relative.collisionProbability {
            lines.append(
                "cdm_pc=\(Self.format(stated)) (\(cdm.relative.collisionProbabilityMethod ?? "method not stated"))")
        }
        for violation in assessment.violations { lines.append("warning: 2D method not valid: \(violation)") }
        if let mc = assessment.monteCarlo {
            lines.append(
                "PcMC=\(Self.format(mc.probability)) (two-body Monte Carlo: \(mc.hits) hits in \(mc.samples) draws, "
                    + "95% CI \(Self.format(mc.confidence95.lowerBound))..\(Self.format(mc.confidence95.upperBound)), "
                    + "window ±\(Int(mc.window.rounded())) s)")
        }
        if let failure = assessment.monteCarloFailure {
            lines.append("warning: no Monte Carlo estimate: \(failure)")
        }
        print(lines.joined(separator: "\n"))
    }

    /// Ten significant digits, exponent form.
    static func format(_ x: Double) -> String { String(format: "%.10e", x) }
}
