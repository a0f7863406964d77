import ArgumentParser
import OKRExport

/// Lets `--format` take the export formats by name (`json`, `markdown`, `csv`).
extension ExportFormat: ExpressibleByArgument {}
