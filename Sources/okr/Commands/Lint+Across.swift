import OKRCoach
import OKRModel

extension Lint {
    /// What the set raised across documents, after the files: each finding, then every item it names.
    static func textAcross(_ findings: [SetFinding], documents: Int, style: TextStyle) -> [UInt8] {
        var out = style.bold("Across \(documents) documents") + "\n"
        for finding in findings {
            out += "    \(marker(finding.severity, style)) \(style.bold(finding.rule)): \(TextSafety.neutralise(finding.message))\n"
            for place in finding.places {
                let item = place.target == "document" ? "" : " " + TextSafety.neutralise(place.target)
                out += "            " + style.dim("\(TextSafety.neutralise(place.file))\(item) (\(TextSafety.neutralise(place.path.description.isEmpty ? "/" : place.path.description)))") + "\n"
            }
            out += "            " + style.dim("? " + TextSafety.neutralise(finding.question)) + "\n"
        }
        return Array(out.utf8)
    }
}
