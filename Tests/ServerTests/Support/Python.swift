import Foundation
import Testing

/// Runs python3 for the checks that use the reference validators (openapi-spec-validator,
/// jsonschema), when they are installed.
enum Python {
    /// Whether `python3` can import every module of `modules`.
    static func canImport(_ modules: [String]) -> Bool {
        (try? run("import " + modules.joined(separator: ", "), input: Data()))?.status == 0
    }

    /// Whether the OpenAPI and JSON Schema validators are importable.
    static let hasValidators = canImport(["openapi_spec_validator", "jsonschema"])

    /// Why the validator tests are skipped when they are.
    static let missingValidators: Comment =
        "python3 with openapi-spec-validator and jsonschema is not available (pip install openapi-spec-validator)"

    /// Runs `python3 -c script` with `input` on standard input; returns the exit status and output.
    static func run(_ script: String, input: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validates `{"document": <OpenAPI>, "samples": [{"schema": name, "value": json}]}` read from
    /// standard input: the document with openapi-spec-validator, each sample against
    /// `#/components/schemas/<name>` with jsonschema (draft 2020-12). Prints one line per error.
    static let validationScript = """
        import json, sys
        from openapi_spec_validator import validate
        import jsonschema
        data = json.load(sys.stdin)
        document = data["document"]
        errors = 0
        try:
            validate(document)
        except Exception as error:
            print("document:", error)
            errors += 1
        for sample in data["samples"]:
            schema = {"$ref": "#/components/schemas/" + sample["schema"], "components": document["components"]}
            validator = jsonschema.Draft202012Validator(schema)
            for error in validator.iter_errors(sample["value"]):
                print(sample["schema"], list(error.absolute_path), error.message[:300])
                errors += 1
        print(f"{len(data['samples'])} samples, {errors} errors")
        sys.exit(1 if errors else 0)
        """
}
