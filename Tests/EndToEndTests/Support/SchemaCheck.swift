import Foundation

/// Validates JSON documents against the schema `okr schema` prints, with
/// Python's `jsonschema` (an independent implementation of draft 2020-12).
enum SchemaCheck {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Throws with the validator's message unless every file validates against `okr schema`
    /// (with `schemaArguments`, e.g. `--map`, another of its schemas).
    static func validate(_ files: [String], schemaArguments: [String] = []) throws {
        let schema = try OKRProcess.run(["schema"] + schemaArguments)
        let folder = try TemporaryFolder()
        let schemaPath = try folder.write("schema.json", schema.stdout)
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit("python3 has no jsonschema module: pip install jsonschema (.ci/run does this)")
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        failed = False
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                failed = True
                print(path, "/" + "/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if failed else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath] + files
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw Failure(description: text) }
    }
}

/// Fixture files of the end-to-end tests.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!.path
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}
