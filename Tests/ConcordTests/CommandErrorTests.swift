import Foundation
import Testing

/// End-to-end: bad input gives a message naming the file, line and field, and a non-zero exit.
@Suite("concord errors", .scratchFolder)
struct CommandErrorTests {
    @Test func missingFileIsNamed() throws {
        let result = try ConcordCommand.run(["propagate", "--tle", "/no/such/file.tle", "--at", "2026-03-19"])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("/no/such/file.tle: no such file"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func corruptTLELineNamesLineColumnAndField() throws {
        // Line 3 of the file (line 2 of the set): inclination "51.6x44" at columns 9-16.
        let corrupt = TestFiles.issTLE.replacingOccurrences(of: " 51.6344", with: " 51.6x44")
        let file = try TestFiles.write(corrupt, named: "corrupt.tle")
        let result = try ConcordCommand.run(["propagate", "--tle", file, "--at", "2026-03-19"])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("corrupt.tle:3:9: inclination"), "stderr: \(result.standardError)")
        #expect(result.standardError.contains("51.6x44"))

        // Checksum: change the last digit of line 1.
        let checksum = TestFiles.issTLE.replacingOccurrences(of: "0  9991", with: "0  9992")
        let checksumFile = try TestFiles.write(checksum, named: "checksum.tle")
        let second = try ConcordCommand.run([
            "passes", "--tle", checksumFile, "--stations", checksumFile,
            "--from", "2026-03-19", "--to", "2026-03-20",
        ])
        #expect(second.exitCode == 1)
        #expect(second.standardError.contains("checksum.tle:2:69"), "stderr: \(second.standardError)")
    }

    @Test func skipInvalidWarnsAndGoesOn() throws {
        let corrupt = TestFiles.issTLE.replacingOccurrences(of: " 51.6344", with: " 51.6x44") + TestFiles.goesTLE
        let file = try TestFiles.write(corrupt, named: "mixed.tle")
        let result = try ConcordCommand.run(["propagate", "--tle", file, "--skip-invalid", "--at", "2026-03-19"])
        #expect(result.exitCode == 0)
        #expect(result.standardError.contains("mixed.tle:3:9: inclination"))
        #expect(TestFiles.csvRows(result.standardOutput).dropFirst().map { $0[0] } == ["41866"])
    }

    @Test func unknownCatalogNumberIsNamed() throws {
        let file = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let result = try ConcordCommand.run(["propagate", "--tle", file, "--id", "99999", "--at", "2026-03-19"])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("no element set for NORAD catalog number 99999"))
    }

    @Test func fromAfterToIsAUsageError() throws {
        let file = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        for command in ["propagate", "passes"] {
            let result = try ConcordCommand.run([
                command, "--tle", file, "--stations", file, "--from", "2026-03-20", "--to", "2026-03-19",
            ])
            #expect(result.exitCode == 64, "\(command): \(result.standardError)")
            #expect(result.standardError.contains("--from 2026-03-20T00:00:00"), "\(command): \(result.standardError)")
        }
    }

    @Test func badTimeAndStepAreUsageErrors() throws {
        let file = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let time = try ConcordCommand.run(["propagate", "--tle", file, "--at", "2026-13-19"])
        #expect(time.exitCode == 64)
        #expect(time.standardError.contains("--at"))
        let step = try ConcordCommand.run([
            "propagate", "--tle", file, "--from", "2026-03-19", "--to", "2026-03-20",
            "--step", "0s",
        ])
        #expect(step.exitCode == 64)
        #expect(step.standardError.contains("--step"))
        let both = try ConcordCommand.run(["propagate", "--tle", file, "--omm", file, "--at", "2026-03-19"])
        #expect(both.exitCode == 64)
    }

    @Test func badStationRowIsNamed() throws {
        let tle = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let stations = try TestFiles.write(
            "id,name,lat_deg,lon_deg,height_m,min_elevation_deg\nA,A,91.0,0,0,5\n", named: "bad.csv")
        let result = try ConcordCommand.run([
            "passes", "--tle", tle, "--stations", stations, "--from", "2026-03-19", "--to", "2026-03-20",
        ])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("bad.csv:2: id A: field 'lat_deg' = '91.0'"), "\(result.standardError)")
    }
}
